using Microsoft.Extensions.Configuration;

namespace PbxBot.Pbx.Xapi.Configuration;

/// <summary>Reads <see cref="XapiOptions"/> from <c>Xapi</c> and <c>Pbxes</c>, whatever the source (environment, appsettings, user secrets, Key Vault references).</summary>
internal static class XapiConfiguration
{
    /// <summary>True when configuration names at least one PBX; otherwise the connector registers nothing.</summary>
    public static bool NamesAPbx(IConfiguration configuration)
    {
        var xapi = configuration.GetSection(XapiOptions.SectionName);
        return !string.IsNullOrWhiteSpace(xapi["Url"]) || !string.IsNullOrWhiteSpace(xapi["ClientId"])
            || !string.IsNullOrWhiteSpace(xapi["ClientSecret"])
            || configuration.GetSection(XapiOptions.PbxesSectionName).GetChildren().Any();
    }

    public static void Bind(XapiOptions options, IConfiguration configuration)
    {
        configuration.GetSection(XapiOptions.SectionName).Bind(options);
        foreach (var section in configuration.GetSection(XapiOptions.PbxesSectionName).GetChildren())
        {
            var pbx = new XapiPbxOptions { Section = section.Path };
            section.Bind(pbx);
            // The key names the PBX: Pbxes:pbx-lyon is pbx-lyon whatever else the section says.
            pbx.PbxId = section.Key;
            options.OtherPbxes.Add(pbx);
        }
    }
}
