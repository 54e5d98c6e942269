using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PbxBot.Channel;

namespace PbxBot.Testing.Channel;

/// <summary>What a forged token says. Defaults: valid from a minute ago for an hour, RS256.</summary>
public sealed record TokenSpec
{
    public required string Issuer { get; init; }

    public required string Audience { get; init; }

    public DateTimeOffset NotBefore { get; init; } = DateTimeOffset.UtcNow.AddMinutes(-1);

    public DateTimeOffset Expires { get; init; } = DateTimeOffset.UtcNow.AddHours(1);

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();

    public TokenSpec WithClaim(string name, object value) =>
        this with { Claims = new Dictionary<string, object>(Claims) { [name] = value } };

    public TokenSpec WithoutClaim(string name)
    {
        var claims = new Dictionary<string, object>(Claims);
        claims.Remove(name);
        return this with { Claims = claims };
    }
}

/// <summary>Signs Bot Framework-shaped tokens (and deliberately wrong ones) with test keys.</summary>
public static class TokenForge
{
    /// <summary>A channel token (Azure Bot Service → bot) for <paramref name="serviceUrl"/>.</summary>
    public static TokenSpec Channel(string appId, string serviceUrl) => new TokenSpec
    {
        Issuer = BotFrameworkConstants.ChannelIssuer,
        Audience = appId,
    }.WithClaim(BotFrameworkConstants.ServiceUrlClaim, serviceUrl);

    /// <summary>An Entra v1 token, as the Emulator sends: <c>ver</c> 1.0 and the caller in <c>appid</c>.</summary>
    public static TokenSpec EntraV1(string appId, string tenantId, string callerAppId) => new TokenSpec
    {
        Issuer = BotFrameworkConstants.EntraV1Issuer(tenantId),
        Audience = appId,
    }.WithClaim("ver", "1.0").WithClaim("appid", callerAppId).WithClaim("tid", tenantId);

    /// <summary>An Entra v2 token: <c>ver</c> 2.0 and the caller in <c>azp</c>.</summary>
    public static TokenSpec EntraV2(string appId, string tenantId, string callerAppId) => new TokenSpec
    {
        Issuer = BotFrameworkConstants.EntraV2Issuer(tenantId),
        Audience = appId,
    }.WithClaim("ver", "2.0").WithClaim("azp", callerAppId).WithClaim("tid", tenantId);

    public static string Sign(TokenSpec spec, TestSigningKey key) =>
        Create(spec, new SigningCredentials(key.SecurityKey, spec.Algorithm));

    /// <summary><c>alg: none</c>: no signature at all.</summary>
    public static string Unsigned(TokenSpec spec) => Create(spec, signingCredentials: null);

    /// <summary>HS256 with a secret (e.g. a published public key) under a published key id: the key-confusion attack.</summary>
    public static string SignWithHmac(TokenSpec spec, byte[] secret, string keyId) =>
        Create(spec, new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = keyId }, SecurityAlgorithms.HmacSha256));

    private static string Create(TokenSpec spec, SigningCredentials? signingCredentials)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore.UtcDateTime,
            IssuedAt = spec.NotBefore.UtcDateTime,
            Expires = spec.Expires.UtcDateTime,
            Claims = new Dictionary<string, object>(spec.Claims),
            SigningCredentials = signingCredentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
