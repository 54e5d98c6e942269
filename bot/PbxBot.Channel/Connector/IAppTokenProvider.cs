namespace PbxBot.Channel.Connector;

/// <summary>The bot's token for calling the Connector; null when the bot has no app id (local development).</summary>
public interface IAppTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the cached token (the Connector answered 401 to it).</summary>
    void Invalidate();
}

/// <summary>No app id, no token: the Emulator and the playground need none.</summary>
internal sealed class NoAppTokenProvider : IAppTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public void Invalidate()
    {
    }
}
