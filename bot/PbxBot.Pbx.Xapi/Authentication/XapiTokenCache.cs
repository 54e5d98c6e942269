namespace PbxBot.Pbx.Xapi.Authentication;

/// <summary>
/// One PBX's access token, kept until shortly before it expires and fetched once for all callers at once (one token
/// request however many calls are waiting). A token the PBX refused (401) is forgotten, so the next call gets a new one.
/// </summary>
internal sealed class XapiTokenCache(Func<CancellationToken, Task<XapiToken>> fetch, TimeProvider time) : IDisposable
{
    /// <summary>How long before expiry a token is replaced, so a call never leaves with a token about to lapse.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private Cached? cached;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref cached) is { } current && time.GetUtcNow() < current.RefreshAt)
        {
            return current.Value;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref cached) is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Value;
            }
            var token = await fetch(cancellationToken);
            var now = time.GetUtcNow();
            var lifetime = token.ExpiresOn - now;
            // Short-lived tokens are renewed at half-life rather than never being reused.
            var refreshAt = lifetime > RefreshMargin * 2 ? token.ExpiresOn - RefreshMargin : now + lifetime / 2;
            Volatile.Write(ref cached, new Cached(token.Value, refreshAt));
            return token.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="refused"/>, unless another caller has already replaced it.</summary>
    public void Invalidate(string refused)
    {
        if (Volatile.Read(ref cached) is { } current && current.Value == refused)
        {
            Interlocked.CompareExchange(ref cached, null, current);
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed record Cached(string Value, DateTimeOffset RefreshAt)
    {
        // A token is a credential: never printed, even by a debugger or a log of this record.
        public override string ToString() => $"token until {RefreshAt:O}";
    }
}

/// <summary>An access token and when it expires. <see cref="ToString"/> never shows the token.</summary>
internal sealed record XapiToken(string Value, DateTimeOffset ExpiresOn)
{
    public override string ToString() => $"token expiring {ExpiresOn:O}";
}
