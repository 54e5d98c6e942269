namespace PbxBot.Channel;

/// <summary>How the bot is registered in Azure Bot Service (the SDK's <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

/// <summary>
/// The <c>Bot</c> configuration section, completed by the Bot Framework SDK's own root keys (<c>MicrosoftAppId</c>,
/// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>: what every Azure Bot template sets).
/// Without an app id authentication is off, as in the SDK — which PbxBot allows only in Development or when
/// <see cref="AllowAnonymous"/> says so: anywhere else it refuses to start (fail closed).
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant and SingleTenant). Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>The bot's own tenant: required for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public string ChannelOpenIdMetadataUrl { get; set; } = BotFrameworkConstants.ChannelOpenIdMetadataUrl;

    public string EntraOpenIdMetadataUrl { get; set; } = BotFrameworkConstants.EntraOpenIdMetadataUrl;

    /// <summary>The client-credentials endpoint; <c>{tenant}</c> is replaced by the bot's tenant (or <c>botframework.com</c>).</summary>
    public string TokenEndpoint { get; set; } = BotFrameworkConstants.TokenEndpointTemplate;

    public string ConnectorScope { get; set; } = BotFrameworkConstants.ConnectorScope;

    /// <summary>
    /// Service URLs that receive the app token even when no authenticated activity came from them (proactive
    /// messages after a restart). Prefixes: <c>https://smba.trafficmanager.net/</c> covers every Teams region
    /// and is always trusted.
    /// </summary>
    public List<string> TrustedServiceUrls { get; set; } = [];

    public int MaxActivityBytes { get; set; } = BotFrameworkConstants.DefaultMaxActivityBytes;

    /// <summary>The whole Connector call, retries included.</summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; it doubles each time, with jitter, unless the Connector says Retry-After.</summary>
    public TimeSpan ConnectorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Outside Development, run without an app id (no authentication) anyway. For a deliberate, isolated deployment
    /// only: anyone who reaches <c>/api/messages</c> can then drive the bot. Logged as a warning at every start.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The tenant in the token endpoint: the bot's own, or <c>botframework.com</c> for a multi-tenant bot.</summary>
    public string TokenAuthority => MicrosoftAppType == BotAppType.MultiTenant || string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
        ? BotFrameworkConstants.MultiTenantAuthority
        : MicrosoftAppTenantId;
}
