namespace PbxBot.Domain;

/// <summary>Voice-prompt sets a 3CX department can use; French by default (seed 001).</summary>
public static class PromptLanguages
{
    public const string Default = "fr";

    public static readonly IReadOnlyDictionary<string, Text> All = new Dictionary<string, Text>(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = new("Français", "French"),
        ["en-GB"] = new("Anglais (Royaume-Uni)", "English (UK)"),
        ["en-US"] = new("Anglais (États-Unis)", "English (US)"),
        ["de"] = new("Allemand", "German"),
        ["es"] = new("Espagnol", "Spanish"),
        ["it"] = new("Italien", "Italian"),
        ["nl"] = new("Néerlandais", "Dutch"),
        ["pt"] = new("Portugais", "Portuguese"),
    };

    public static bool IsSupported(string? code) => code is not null && All.ContainsKey(code);
}
