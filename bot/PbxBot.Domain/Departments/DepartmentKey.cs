using System.Globalization;
using System.Text;

namespace PbxBot.Domain;

/// <summary>Normalises a department name into its identity: "Support Élite " and "support elite" are the same department.</summary>
public static class DepartmentKey
{
    public static string From(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSeparator = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                lastWasSeparator = false;
            }
            else if (!lastWasSeparator && sb.Length > 0)
            {
                sb.Append('-');
                lastWasSeparator = true;
            }
        }
        return sb.ToString().TrimEnd('-');
    }
}
