using System.Net.Mail;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Mail;

/// <summary>
/// Queues welcome e-mails and tells where they are: the create-extension wizard enqueues one with
/// <see cref="NewWelcomeEmail"/> in its save; the helpdesk resends one (the seed's "Réinitialiser") with
/// <see cref="QueueResendAsync"/> and follows it with <see cref="GetStatusAsync"/>.
/// </summary>
public sealed class WelcomeEmailService(IPbxStore store, IOutboxStore outbox, IOutboxSignal signal, TimeProvider time)
{
    public const string ResentAction = "extension.welcome_resent";

    /// <summary>The outbox subject of an extension's welcome e-mails: <c>extension:105</c>.</summary>
    public static string SubjectOf(string extensionNumber) => $"extension:{extensionNumber}";

    /// <summary>
    /// A welcome e-mail to enqueue (<see cref="OutboxDocument.Enqueue"/>) in the same commit as the extension,
    /// due at once. Call <see cref="IOutboxSignal.Notify"/> after the commit.
    /// </summary>
    public static OutboxMessage NewWelcomeEmail(
        string pbxId,
        string extensionNumber,
        Language language,
        DateTimeOffset now,
        ConversationReference? notifyOnFailure = null,
        string? statusCardMessageId = null,
        string? addressOverride = null,
        bool isResend = false) =>
        new()
        {
            Id = Guid.NewGuid().ToString("N"),
            PbxId = pbxId,
            Kind = OutboxKind.WelcomeEmail,
            Payload = new WelcomeEmailOrder
            {
                PbxId = pbxId,
                ExtensionNumber = extensionNumber,
                AddressOverride = addressOverride,
                IsResend = isResend,
                Language = language,
            }.ToJson(),
            Status = OutboxStatus.Queued,
            DueAtMs = now.ToUnixTimeMilliseconds(),
            CreatedAt = now,
            Subject = SubjectOf(extensionNumber),
            NotifyOnFailure = notifyOnFailure,
            StatusCardMessageId = statusCardMessageId,
        };

    /// <summary>
    /// Sends the welcome e-mail again, in one commit: the extension with its credential cleared (the old link stops
    /// working at once) and its address corrected if given, an audit entry, and the outbox message.
    /// </summary>
    /// <exception cref="ArgumentException">Neither the extension nor <paramref name="correctedAddress"/> give a valid address.</exception>
    /// <param name="alsoCommit">More writes for the same commit (a corrected address on its way to the PBX).</param>
    /// <exception cref="StoreConcurrencyException">The extension changed since it was read: re-read it and ask again.</exception>
    public async Task<OutboxMessage> QueueResendAsync(
        string pbxId,
        Stored<Extension> extension,
        string? correctedAddress,
        Operator actor,
        ConversationReference? notify,
        string? statusCardMessageId,
        CancellationToken cancellationToken,
        IReadOnlyList<Change>? alsoCommit = null)
    {
        var corrected = string.IsNullOrWhiteSpace(correctedAddress) ? null : correctedAddress.Trim();
        var address = corrected ?? extension.Value.EmailAddress;
        if (address is null || !MailAddress.TryCreate(address, out _))
        {
            throw new ArgumentException($"Extension {extension.Value.Number} has no valid e-mail address to send to.", nameof(correctedAddress));
        }
        var language = (await store.GetAsync<PbxSettings>(pbxId, DocumentKinds.SettingsId, cancellationToken))?.Value.DefaultLanguage ?? Language.French;
        var now = time.GetUtcNow();
        var before = extension.Value;
        var after = before with { Credential = null, EmailAddress = address };
        var message = NewWelcomeEmail(pbxId, before.Number, language, now, notify, statusCardMessageId, corrected, isResend: true);
        var audit = AuditEntries.For(actor, ResentAction, SubjectOf(before.Number), Redacted(before), Redacted(after), now);
        await store.CommitAsync(
            pbxId,
            [
                ExtensionDocument.Replace(after, extension.ETag),
                new Change.Create(new PbxDocument(DocumentKinds.AuditId(audit.Id), DocumentKinds.Audit, audit) { Parent = audit.Target }),
                OutboxDocument.Enqueue(message),
                .. alsoCommit ?? [],
            ],
            cancellationToken);
        signal.Notify();
        return message;
    }

    /// <summary>The extension's welcome e-mails, most recently queued first: queued, sent (when), or failed (why).</summary>
    public async Task<IReadOnlyList<OutboxMessage>> GetStatusAsync(string pbxId, string extensionNumber, CancellationToken cancellationToken) =>
        (await outbox.ListBySubjectAsync(pbxId, SubjectOf(extensionNumber), 10, cancellationToken))
            .Select(m => m.Value)
            .Where(m => m.Kind == OutboxKind.WelcomeEmail)
            .OrderByDescending(m => m.CreatedAt)
            .ToArray();

    /// <summary>The audit trail shows what changed, never a verifier of a secret.</summary>
    private static Extension Redacted(Extension extension) => extension with { Credential = null, WebClientPasswordHash = null };
}
