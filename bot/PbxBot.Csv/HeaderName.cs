using System.Globalization;
using System.Text;

namespace PbxBot.Csv;

/// <summary>
/// A header cell as it is compared: without accents, case, spaces or punctuation, so that « Prénom », "PRENOM",
/// "First name", "first_name" and "E-mail"/"Email" match however Excel or the admin typed them.
/// </summary>
internal static class HeaderName
{
    public static string Normalise(string header)
    {
        var decomposed = header.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }
        return kept.ToString();
    }
}
