using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PbxBot.Channel.Activities;

namespace PbxBot.Channel.Authentication;

/// <summary>
/// Validates the bearer token of a request to <c>/api/messages</c> as the Bot Framework SDK does: the metadata is
/// chosen by the token's issuer, the signature must be RSA with a published key, the audience is the bot's app id,
/// and the lifetime holds within five minutes of skew. <see cref="CheckActivity"/> then ties the token to the
/// activity (serviceUrl claim, channel endorsement).
/// </summary>
public sealed class BotAuthenticator
{
    private readonly BotOptions options;
    private readonly Lazy<SigningKeySource> channelKeys;
    private readonly Lazy<SigningKeySource> entraKeys;
    private readonly HashSet<string> entraIssuers;
    private readonly JsonWebTokenHandler handler = new();

    public BotAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory)
    {
        this.options = options.Value;
        var http = httpClientFactory.CreateClient(ChannelHttpClients.OpenIdMetadata);
        channelKeys = new(() => new SigningKeySource(this.options.ChannelOpenIdMetadataUrl, http));
        entraKeys = new(() => new SigningKeySource(this.options.EntraOpenIdMetadataUrl, http));
        entraIssuers = EntraIssuers(this.options);
    }

    private static HashSet<string> EntraIssuers(BotOptions options)
    {
        var tenants = BotFrameworkConstants.TrustedTenants.ToList();
        if (options.MicrosoftAppType != BotAppType.MultiTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            tenants.Add(options.MicrosoftAppTenantId);
        }
        return tenants
            .SelectMany(t => new[] { BotFrameworkConstants.EntraV1Issuer(t), BotFrameworkConstants.EntraV2Issuer(t) })
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Validates the <c>Authorization</c> header. With no app id configured every request is anonymous and accepted.</summary>
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (!options.AuthenticationEnabled)
        {
            return AuthenticationResult.Success(BotCaller.Anonymous);
        }
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return AuthenticationResult.Fail("no Authorization header");
        }
        var parts = authorization.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
        {
            return AuthenticationResult.Fail("the Authorization header is not a bearer token");
        }
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(parts[1]);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            return AuthenticationResult.Fail("the bearer token is not a JWT");
        }

        // The issuer is read before validation only to pick whose keys to check the signature with.
        var issuer = token.Issuer;
        TokenIssuer kind;
        SigningKeySource keys;
        if (string.Equals(issuer, BotFrameworkConstants.ChannelIssuer, StringComparison.Ordinal))
        {
            (kind, keys) = (TokenIssuer.Channel, channelKeys.Value);
        }
        else if (entraIssuers.Contains(issuer))
        {
            (kind, keys) = (TokenIssuer.Entra, entraKeys.Value);
        }
        else
        {
            return AuthenticationResult.Fail("the token's issuer is not trusted");
        }

        var keyId = token.TryGetHeaderValue<string>(JwtHeaderParameterNames.Kid, out var kid) ? kid : null;
        Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await keys.GetAsync(keyId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without the authority's keys no token can be checked: refused, and the log says why.
            return AuthenticationResult.Fail($"the signing keys of {(kind == TokenIssuer.Channel ? "the Bot Framework" : "Entra")} could not be read ({e.GetType().Name}: {e.Message})");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = kind == TokenIssuer.Channel ? [BotFrameworkConstants.ChannelIssuer] : entraIssuers,
            ValidAudience = options.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = BotFrameworkConstants.AllowedSigningAlgorithms,
            ClockSkew = BotFrameworkConstants.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            TryAllIssuerSigningKeys = false,
        };
        var result = await handler.ValidateTokenAsync(parts[1], parameters);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail($"the token is invalid ({result.Exception?.GetType().Name ?? "unknown reason"})");
        }

        var serviceUrl = result.Claims.TryGetValue(BotFrameworkConstants.ServiceUrlClaim, out var url) ? url as string : null;
        if (kind == TokenIssuer.Channel)
        {
            return AuthenticationResult.Success(new BotCaller
            {
                Issuer = kind,
                ServiceUrl = serviceUrl,
                Endorsements = SigningKeySource.EndorsementsOf(configuration, keyId),
            });
        }

        // Entra tokens name their caller: appid in v1 tokens, azp in v2 tokens (EmulatorValidation).
        var version = result.Claims.TryGetValue(BotFrameworkConstants.VersionClaim, out var ver) ? ver as string : null;
        var callerClaim = version switch
        {
            null or "" or "1.0" => BotFrameworkConstants.AppIdClaim,
            "2.0" => BotFrameworkConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (callerClaim is null || !result.Claims.TryGetValue(callerClaim, out var caller) || caller is not string { Length: > 0 } callerAppId)
        {
            return AuthenticationResult.Fail("the Entra token does not name its caller (appid/azp)");
        }
        return AuthenticationResult.Success(new BotCaller { Issuer = kind, ServiceUrl = serviceUrl, CallerAppId = callerAppId });
    }

    /// <summary>
    /// Ties the token to the activity: a channel token must have been issued for this serviceUrl by a key endorsed
    /// for this channel. Returns why not, or null when the activity may be processed.
    /// </summary>
    public static string? CheckActivity(BotCaller caller, Activity activity)
    {
        if (!caller.IsAuthenticated)
        {
            return null;
        }
        if (caller.Issuer == TokenIssuer.Channel)
        {
            if (caller.ServiceUrl is null)
            {
                return "the channel token has no serviceurl claim";
            }
            if (activity.ChannelId is null || !caller.Endorsements.Contains(activity.ChannelId))
            {
                return "the signing key is not endorsed for the activity's channel";
            }
        }
        if (caller.ServiceUrl is not null && !SameServiceUrl(caller.ServiceUrl, activity.ServiceUrl))
        {
            return "the token's serviceurl claim does not match the activity";
        }
        return null;
    }

    private static bool SameServiceUrl(string claim, string? activityServiceUrl) =>
        activityServiceUrl is not null
        && string.Equals(claim.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
