namespace PbxBot.Channel.Authentication;

/// <summary>Who signed the request's token.</summary>
public enum TokenIssuer
{
    /// <summary>No token: authentication is off (no app id configured).</summary>
    None,

    /// <summary>Azure Bot Service channel token (<c>https://api.botframework.com</c>).</summary>
    Channel,

    /// <summary>Entra-issued token (Emulator, Azure Bot Service's newer tokens).</summary>
    Entra,
}

/// <summary>The authenticated caller of <c>/api/messages</c>, with what must still be checked against the activity.</summary>
public sealed record BotCaller
{
    public static readonly BotCaller Anonymous = new() { Issuer = TokenIssuer.None };

    public required TokenIssuer Issuer { get; init; }

    /// <summary>The token's <c>serviceurl</c> claim: the only serviceUrl the activity may name.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channels the signing key is endorsed for (channel tokens).</summary>
    public IReadOnlySet<string> Endorsements { get; init; } = new HashSet<string>();

    /// <summary>The calling app (<c>appid</c> or <c>azp</c>) of an Entra token.</summary>
    public string? CallerAppId { get; init; }

    public bool IsAuthenticated => Issuer != TokenIssuer.None;
}

/// <summary>A caller, or why the request is refused (logged, never sent back).</summary>
public sealed record AuthenticationResult(BotCaller? Caller, string? Failure)
{
    public bool Succeeded => Caller is not null;

    public static AuthenticationResult Success(BotCaller caller) => new(caller, null);

    public static AuthenticationResult Fail(string reason) => new(null, reason);
}
