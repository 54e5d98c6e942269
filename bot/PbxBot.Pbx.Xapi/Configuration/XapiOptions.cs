namespace PbxBot.Pbx.Xapi.Configuration;

/// <summary>
/// The connector's configuration: the section <c>Xapi</c> is the default PBX (<c>Xapi:Url</c>, <c>Xapi:ClientId</c>,
/// <c>Xapi:ClientSecret</c>…) and how every PBX is called (timeouts, retries, page size); each child of the section
/// <c>Pbxes</c> is one more PBX, named by its key (<c>Pbxes:pbx-lyon:Url</c>, i.e. <c>Pbxes__pbx-lyon__Url</c>).
/// </summary>
public sealed class XapiOptions : XapiPbxOptions
{
    public const string SectionName = "Xapi";
    public const string PbxesSectionName = "Pbxes";
    public const string DefaultPbxId = "pbx-main";

    public XapiOptions() => PbxId = DefaultPbxId;

    /// <summary>A whole call, retries included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a read, change or delete on 408, 429, 5xx, timeouts and network errors (never of a create).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; it doubles each time, with jitter, unless the PBX says Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer Retry-After is not waited for inside a call: the caller is told when to come back.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most users, groups or DIDs asked of the PBX in one page.</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>The PBXes of the <c>Pbxes</c> section (filled by <see cref="XapiConfiguration.Bind"/>).</summary>
    internal List<XapiPbxOptions> OtherPbxes { get; } = [];

    /// <summary>True when <c>Xapi</c> names a PBX, or tries to (an id or secret without a URL is an error, not silence).</summary>
    internal bool DefaultPbxConfigured => HasUrl || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>Every PBX to connect: the default one when <c>Xapi:Url</c> is set, then those of <c>Pbxes</c>.</summary>
    public IEnumerable<XapiPbxOptions> Connections() => (HasUrl ? [this] : Enumerable.Empty<XapiPbxOptions>()).Concat(OtherPbxes);
}
