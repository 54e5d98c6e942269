namespace PbxBot.Channel.Connector;

/// <summary>
/// Keeps one app token until shortly before it expires, and fetches a new one for all callers at once (one request
/// to the identity platform however many replies are being sent).
/// </summary>
public abstract class CachedAppTokenProvider(TimeProvider time) : IAppTokenProvider, IDisposable
{
    /// <summary>How long before expiry a token is replaced, so a call never leaves with a token about to lapse.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile CachedToken? cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (cached is { } current && time.GetUtcNow() < current.RefreshAt)
        {
            return current.Value;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Value;
            }
            var (token, expiresOn) = await FetchAsync(cancellationToken);
            var now = time.GetUtcNow();
            var lifetime = expiresOn - now;
            // Short-lived tokens are renewed at half-life rather than never being cached.
            var refreshAt = lifetime > RefreshMargin * 2 ? expiresOn - RefreshMargin : now + lifetime / 2;
            cached = new CachedToken(token, refreshAt);
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => cached = null;

    /// <summary>Obtains a new token and when it expires.</summary>
    protected abstract Task<(string Token, DateTimeOffset ExpiresOn)> FetchAsync(CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
