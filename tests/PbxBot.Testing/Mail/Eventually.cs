namespace PbxBot.Testing.Mail;

/// <summary>Waits for a condition with a deadline (never a fixed sleep): re-checks it every few milliseconds.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
            await Task.Delay(25, cancellationToken);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, CancellationToken cancellationToken, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, cancellationToken, timeout);
}
