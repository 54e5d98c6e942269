namespace PbxBot.Application.Outbox;

/// <summary>
/// When to try again after a failed attempt: exponential backoff with "equal jitter". The ceiling doubles with
/// each failure (capped at <see cref="OutboxOptions.MaxDelay"/>) and the wait is drawn between half the ceiling
/// and the ceiling, so waits still grow while instances that failed together spread out.
/// </summary>
public static class OutboxBackoff
{
    /// <param name="failures">Failed attempts so far, 1 after the first failure.</param>
    /// <param name="jitter">A number in [0, 1).</param>
    public static TimeSpan Delay(OutboxOptions options, int failures, double jitter)
    {
        var ceiling = Ceiling(options, failures);
        return ceiling / 2 + ceiling / 2 * Math.Clamp(jitter, 0, 1);
    }

    /// <summary>The longest wait after <paramref name="failures"/> failures: <c>min(MaxDelay, BaseDelay × 2^(failures−1))</c>.</summary>
    public static TimeSpan Ceiling(OutboxOptions options, int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = Math.Min(options.MaxDelay.Ticks, options.BaseDelay.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)ticks);
    }
}
