using System.Text.RegularExpressions;

namespace PbxBot.Domain.Rules;

/// <summary>People's and departments' names: trimmed, inner runs of spaces collapsed, no control characters, bounded.</summary>
internal static partial class NameRules
{
    /// <summary>3CX shows names in phone displays and the web client; beyond this they are cut anyway.</summary>
    public const int MaxPersonName = 50;

    public const int MaxDepartmentName = 50;

    public const int MaxHolidayName = 50;

    public static string Clean(string? name) => Spaces().Replace((name ?? "").Trim(), " ");

    public static bool HasControlCharacters(string? name) => (name ?? "").Any(char.IsControl);

    [GeneratedRegex(@"[ \u00A0]{2,}")]
    private static partial Regex Spaces();
}
