using Microsoft.Extensions.Configuration;

namespace PbxBot.Channel;

/// <summary>
/// The Bot Framework SDK reads its identity from root keys (<c>MicrosoftAppId</c>…), which every Azure Bot template
/// and tutorial sets; PbxBot's own section is <c>Bot</c>. Both are read, so that a bot deployed the SDK's way is
/// never left without authentication by a naming slip; when both name a value and they differ, start-up is refused.
/// </summary>
public static class SdkConfigurationKeys
{
    public static readonly IReadOnlyList<string> Names = ["MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId"];

    /// <summary>Fills what the <c>Bot</c> section left empty from the root keys.</summary>
    public static void FillFromRoot(BotOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection(BotOptions.SectionName);
        if (Blank(section["MicrosoftAppId"]) && Root(configuration, "MicrosoftAppId") is { } id)
        {
            options.MicrosoftAppId = id;
        }
        if (Blank(section["MicrosoftAppPassword"]) && Root(configuration, "MicrosoftAppPassword") is { } password)
        {
            options.MicrosoftAppPassword = password;
        }
        if (Blank(section["MicrosoftAppTenantId"]) && Root(configuration, "MicrosoftAppTenantId") is { } tenant)
        {
            options.MicrosoftAppTenantId = tenant;
        }
        if (Blank(section["MicrosoftAppType"]) && Root(configuration, "MicrosoftAppType") is { } type
            && Enum.TryParse<BotAppType>(type, ignoreCase: true, out var appType))
        {
            options.MicrosoftAppType = appType;
        }
    }

    /// <summary>
    /// One sentence per key set both at the root and in <c>Bot</c> with different values, naming both settings (never
    /// the values: one of them is a secret). An unreadable root <c>MicrosoftAppType</c> is named too.
    /// </summary>
    public static IReadOnlyList<string> Conflicts(IConfiguration configuration)
    {
        var section = configuration.GetSection(BotOptions.SectionName);
        var conflicts = new List<string>();
        foreach (var name in Names)
        {
            var root = Root(configuration, name);
            var own = section[name];
            // An app id, tenant id or app type is not case-sensitive; a secret is.
            var comparison = name == "MicrosoftAppPassword" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (root is not null && !Blank(own) && !string.Equals(root, own!.Trim(), comparison))
            {
                conflicts.Add($"{name} and {BotOptions.SectionName}:{name} are both set and differ: keep one of them (PbxBot reads either).");
            }
        }
        if (Root(configuration, "MicrosoftAppType") is { } type && !Enum.TryParse<BotAppType>(type, ignoreCase: true, out _))
        {
            conflicts.Add($"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI (it is '{type}').");
        }
        return conflicts;
    }

    private static string? Root(IConfiguration configuration, string name) => Blank(configuration[name]) ? null : configuration[name]!.Trim();

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
