namespace PbxBot.Application.Outbox;

/// <summary>Configuration section <c>Outbox</c>: how the delivery worker polls, claims and retries.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the worker looks for due messages when nobody signalled a new one.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claim holds: a worker that dies mid-send leaves the message to another after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a message that keeps failing transiently is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure (plus jitter).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Deliveries one worker keeps in flight; it claims the next due messages once half of them have ended (the
    /// claim is a query and a commit, so it is worth sharing).
    /// </summary>
    public int BatchSize { get; set; } = 4;

    /// <summary>
    /// One attempt is cancelled after this share of the lease, so that it ends (and is recorded) before the lease
    /// runs out and another worker could take the same message.
    /// </summary>
    public TimeSpan AttemptTimeout => Lease * 0.75;
}
