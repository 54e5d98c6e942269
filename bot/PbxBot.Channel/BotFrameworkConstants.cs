namespace PbxBot.Channel;

/// <summary>
/// Every value of the Bot Framework protocol the channel relies on, as the official SDK uses them
/// (<c>AuthenticationConstants</c>, <c>EmulatorValidation</c>). URLs are defaults of <see cref="BotOptions"/>.
/// </summary>
public static class BotFrameworkConstants
{
    /// <summary>OpenID metadata of the tokens Azure Bot Service's channels sign.</summary>
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of channel tokens.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>OpenID metadata of Entra-issued tokens (Emulator, and Azure Bot Service's newer tokens).</summary>
    public const string EntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Tenants whose Entra tokens may call any bot (Bot Framework, the Emulator, Azure Bot Service).</summary>
    public static readonly IReadOnlyList<string> TrustedTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>Entra v1 issuer of a tenant.</summary>
    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>Entra v2 issuer of a tenant.</summary>
    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>Only RSA signatures; HMAC and "none" would let anyone holding the public key forge a token.</summary>
    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Signing keys are re-read at least this often; an unknown key id refreshes sooner.</summary>
    public static readonly TimeSpan MetadataRefreshInterval = TimeSpan.FromHours(24);

    /// <summary>The fastest an unknown key id may trigger another metadata fetch (a flood of bad tokens cannot hammer the IdP).</summary>
    public static readonly TimeSpan MetadataMinimumRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>The claim of a channel token naming the serviceUrl it was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The caller's app id in an Entra v1 token.</summary>
    public const string AppIdClaim = "appid";

    /// <summary>The caller's app id in an Entra v2 token.</summary>
    public const string AuthorizedPartyClaim = "azp";

    public const string VersionClaim = "ver";

    /// <summary>The JWKS key field listing the channels a key may sign for.</summary>
    public const string EndorsementsField = "endorsements";

    /// <summary>Client-credentials token endpoint; <c>{tenant}</c> is the bot's tenant, or <see cref="MultiTenantAuthority"/>.</summary>
    public const string TokenEndpointTemplate = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    public const string MultiTenantAuthority = "botframework.com";

    /// <summary>The scope of the app token that calls the Connector.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>Teams' public-cloud Connector: always trusted with the app token, so proactive messages work after a restart.</summary>
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/";

    public const string TeamsChannelId = "msteams";

    public const int DefaultMaxActivityBytes = 256 * 1024;
}
