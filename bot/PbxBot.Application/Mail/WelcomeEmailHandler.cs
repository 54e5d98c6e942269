using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Application.Outbox;
using PbxBot.Application.PhoneSystem;
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
    IPhoneSystems phoneSystems,
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
        var phone = phoneSystems.For(order.PbxId);
        if (!phone.IsDemo && phone.Profile.WelcomeEmail == WelcomeEmailSender.Pbx)
        {
            await SendByThePbxAsync(phone, order, extension, message, cancellationToken);
            return;
        }
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

    /// <summary>
    /// 3CX's own welcome e-mail, as the console sends it on save (seed 000, step 8), to the address the PBX has: a new
    /// user's, or after "Réinitialiser" (seed 000, step 9) fresh credentials the old ones stop working for. A corrected
    /// address is on its way to the PBX as a change of the extension: the e-mail waits for it.
    /// </summary>
    private async Task SendByThePbxAsync(IPhoneSystem phone, WelcomeEmailOrder order, Extension extension, OutboxMessage message, CancellationToken ct)
    {
        var target = WelcomeEmailService.SubjectOf(order.ExtensionNumber);
        var changes = await store.QueryAsync<PbxChanges.PbxChange>(order.PbxId, new DocumentQuery(PbxChanges.PbxChangeDocument.Kind)
        {
            Parent = target,
            Tag = PbxChanges.PbxChangeDocument.Tag(PbxChanges.PbxChangeStatus.Pending),
            Max = 10,
        }, ct);
        if (changes.Count > 0 || extension.PbxUserId is null)
        {
            throw new RetryLaterException($"extension {order.ExtensionNumber} is still being changed on the PBX", TimeSpan.FromSeconds(1), countsAsAttempt: false);
        }
        try
        {
            if (order.IsResend)
            {
                await phone.ResetCredentialsAsync(extension.PbxUserId.Value, sendWelcomeEmail: true, ct);
            }
            else
            {
                await phone.SendWelcomeEmailAsync(extension.PbxUserId.Value, ct);
            }
        }
        catch (PbxRefusedException refused)
        {
            throw new PermanentDeliveryException($"the PBX refused: {refused.Reason}", refused);
        }
        catch (PbxNotFoundException gone)
        {
            throw new PermanentDeliveryException($"extension {order.ExtensionNumber} is not on the PBX", gone);
        }
        catch (PbxUnavailableException unavailable)
        {
            throw new RetryLaterException(unavailable.Message, unavailable.RetryAfter ?? TimeSpan.Zero, countsAsAttempt: true, unavailable);
        }
        logger.LogInformation("Welcome e-mail of extension {Number} on {PbxId} sent by the PBX (outbox {MessageId}{Resend})",
            extension.Number, order.PbxId, message.Id, order.IsResend ? ", fresh credentials" : "");
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
