using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Mail;

/// <summary>
/// Sends one welcome e-mail of the outbox. Each attempt issues a fresh one-time set-password token: its hash
/// replaces the extension's previous credential (ETag-guarded, so a concurrent change makes the attempt retry
/// on fresh data), then the mail carrying the token is sent. The token itself is never stored; if the send
/// fails, the next attempt issues another, so only the link actually delivered last works.
/// </summary>
public sealed class WelcomeEmailHandler(
    IPbxStore store,
    IWelcomeMailer mailer,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<WelcomeEmailHandler> logger) : IOutboxHandler
{
    public OutboxKind Kind => OutboxKind.WelcomeEmail;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var order = Read(message);
        var stored = await store.GetAsync<Extension>(order.PbxId, DocumentKinds.ExtensionId(order.ExtensionNumber), cancellationToken)
            ?? throw new PermanentDeliveryException($"extension {order.ExtensionNumber} no longer exists");
        var extension = stored.Value;
        var address = AddressOf(order, extension)
            ?? throw new PermanentDeliveryException($"extension {order.ExtensionNumber} has no e-mail address");
        var settings = (await store.GetAsync<PbxSettings>(order.PbxId, DocumentKinds.SettingsId, cancellationToken))?.Value
            ?? throw new PermanentDeliveryException($"PBX {order.PbxId} no longer exists");
        var department = await store.GetAsync<Department>(order.PbxId, DocumentKinds.DepartmentId(extension.Department), cancellationToken);

        var (token, credential) = WelcomeTokens.Issue(time.GetUtcNow(), options.Value.WelcomeLinkLifetime);
        await store.CommitAsync(order.PbxId, [ExtensionDocument.Replace(extension with { Credential = credential }, stored.ETag)], cancellationToken);

        await mailer.SendAsync(
            new WelcomeEmail
            {
                MessageKey = message.Id,
                Language = order.Language,
                ToAddress = address,
                FirstName = extension.FirstName,
                LastName = extension.LastName,
                PbxName = settings.DisplayName,
                ExtensionNumber = extension.Number,
                DepartmentName = department?.Value.Name ?? extension.Department,
                Did = extension.Did,
                WebClientUrl = settings.WebClientUrl,
                SetPasswordLink = LinkFor(options.Value.PublicBaseUrl, order.PbxId, extension.Number, token),
                LinkExpiresAt = credential.ExpiresAt,
                TimeZoneId = settings.TimeZoneId,
                IsResend = order.IsResend,
            },
            cancellationToken);
        logger.LogInformation("Welcome e-mail of extension {Number} on {PbxId} sent (outbox {MessageId}, link valid until {ExpiresAt:O})",
            extension.Number, order.PbxId, message.Id, credential.ExpiresAt);
    }

    public async Task<string?> DescribeFailureAsync(OutboxMessage failed, CancellationToken cancellationToken)
    {
        var order = Read(failed);
        var extension = (await store.GetAsync<Extension>(order.PbxId, DocumentKinds.ExtensionId(order.ExtensionNumber), cancellationToken))?.Value;
        var address = (extension is null ? order.AddressOverride : AddressOf(order, extension)) ?? "?";
        return WelcomeEmailTexts.NotSent.Format(order.Language, order.ExtensionNumber, address, failed.LastError?.TrimEnd('.'));
    }

    /// <summary>The page that takes the token: <c>{base}/welcome/{pbxId}/{number}?token=…</c>.</summary>
    public static Uri LinkFor(Uri publicBaseUrl, string pbxId, string number, string token) =>
        new($"{publicBaseUrl.AbsoluteUri.TrimEnd('/')}/welcome/{Uri.EscapeDataString(pbxId)}/{Uri.EscapeDataString(number)}?token={token}");

    private static string? AddressOf(WelcomeEmailOrder order, Extension extension) =>
        new[] { order.AddressOverride, extension.EmailAddress }.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))?.Trim();

    private static WelcomeEmailOrder Read(OutboxMessage message)
    {
        try
        {
            return WelcomeEmailOrder.FromJson(message.Payload);
        }
        catch (JsonException ex)
        {
            throw new PermanentDeliveryException($"unreadable welcome e-mail order: {ex.Message}", ex);
        }
    }
}
