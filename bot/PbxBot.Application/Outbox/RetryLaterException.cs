namespace PbxBot.Application.Outbox;

/// <summary>
/// A delivery that cannot happen yet and should be tried again after <see cref="Delay"/>: the PBX said "Retry-After",
/// or the message waits for another one (a change to the same extension queued before it, the department it goes
/// into). A wait does not count as a failed attempt unless <see cref="CountsAsAttempt"/>.
/// </summary>
public sealed class RetryLaterException : Exception
{
    public RetryLaterException()
    {
    }

    public RetryLaterException(string message)
        : base(message)
    {
    }

    public RetryLaterException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public RetryLaterException(string reason, TimeSpan delay, bool countsAsAttempt, Exception? innerException = null)
        : base(reason, innerException)
    {
        Delay = delay;
        CountsAsAttempt = countsAsAttempt;
    }

    public TimeSpan Delay { get; }

    public bool CountsAsAttempt { get; }
}
