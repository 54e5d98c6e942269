using PbxBot.Application.PhoneSystem;

namespace PbxBot.Pbx.Xapi.Configuration;

/// <summary>
/// One PBX's connection: the section <c>Xapi</c> (the default PBX) or <c>Pbxes:&lt;pbxId&gt;</c>. The client id and
/// secret are those of the console's Integrations ▸ API client with "3CX Configuration API Access" (its service
/// principal's department and role bound what PbxBot may change). <see cref="ClientSecret"/> is never logged nor
/// shown by <see cref="ToString"/>.
/// </summary>
public class XapiPbxOptions
{
    /// <summary>PbxBot's id of the PBX (the store's partition).</summary>
    public string? PbxId { get; set; }

    /// <summary>Where the PBX answers, e.g. https://acme.3cx.fr; may carry a path, which every call is appended to.</summary>
    public string? Url { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The API key the console showed once when the client was created.</summary>
    public string? ClientSecret { get; set; }

    public string? DisplayName { get; set; }

    public string Country { get; set; } = "FR";

    public string TimeZoneId { get; set; } = "Europe/Paris";

    /// <summary>First number of the dial plan; with <see cref="NumberTo"/>, else derived from the PBX's extension length.</summary>
    public int? NumberFrom { get; set; }

    public int? NumberTo { get; set; }

    public WelcomeEmailSender WelcomeEmail { get; set; } = WelcomeEmailSender.Pbx;

    /// <summary>Where these settings come from (<c>Xapi</c> or <c>Pbxes:pbx-lyon</c>), to name a setting in a message.</summary>
    public string Section { get; internal set; } = XapiOptions.SectionName;

    public bool HasUrl => !string.IsNullOrWhiteSpace(Url);

    /// <summary>The full name of one of these settings, e.g. <c>Pbxes:pbx-lyon:ClientSecret</c>.</summary>
    public string Setting(string key) => $"{Section}:{key}";

    public override string ToString() =>
        $"{Section}: PbxId={PbxId}, Url={Url}, ClientId={ClientId ?? "(not set)"}, ClientSecret={(string.IsNullOrEmpty(ClientSecret) ? "(not set)" : "(set)")}";
}
