using PbxBot.Application.Conversations;

namespace PbxBot.Application.Outbox;

/// <summary>
/// Something to deliver after a save: a welcome e-mail or a Teams notification. Written in the same atomic
/// commit as the change that causes it, so a crash or an SMTP outage delays it but never loses it.
/// </summary>
public sealed record OutboxMessage
{
    public required string Id { get; init; }

    public required string PbxId { get; init; }

    public required OutboxKind Kind { get; init; }

    /// <summary>The kind's payload as JSON (<see cref="WelcomeEmailOrder"/>, <see cref="TeamsNotification"/>).</summary>
    public required string Payload { get; init; }

    public OutboxStatus Status { get; init; } = OutboxStatus.Queued;

    public int Attempts { get; init; }

    /// <summary>Not before this instant (Unix milliseconds, UTC): the backoff after a failure.</summary>
    public long DueAtMs { get; init; }

    /// <summary>The worker holding the message and until when (Unix ms); an expired lease lets another worker take it.</summary>
    public string? ClaimedBy { get; init; }

    public long LeaseUntilMs { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>What it is about, e.g. <c>extension:105</c>: shown to helpdesk as the delivery status.</summary>
    public string? Subject { get; init; }

    /// <summary>Who to tell in Teams when delivery fails for good (the operator who caused it).</summary>
    public ConversationReference? NotifyOnFailure { get; init; }

    /// <summary>A card to refresh with the delivery status (the helpdesk's confirmation card), if any.</summary>
    public string? StatusCardMessageId { get; init; }

    public bool IsDone => Status is OutboxStatus.Sent or OutboxStatus.Failed;
}

public enum OutboxKind
{
    WelcomeEmail,
    TeamsNotification,

    /// <summary>A confirmed change to apply to the PBX (<c>PbxChanges.PbxChange</c>).</summary>
    PbxChange,

    /// <summary>A sync of the store's copy with the PBX, asked for by an operator.</summary>
    PbxSync,

    /// <summary>The next rows of a bulk import (<c>Import.ImportJob</c>).</summary>
    ExtensionImport,
}

public enum OutboxStatus
{
    Queued,
    Sending,
    Sent,
    Failed,
}
