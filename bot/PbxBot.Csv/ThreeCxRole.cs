using System.Net;
using System.Security;
using System.Text.RegularExpressions;

namespace PbxBot.Csv;

/// <summary>
/// 3CX writes a user's role as an XML element in its CSV cell: <c>&lt;role name="users" /&gt;</c> (V20
/// import/export file). Reading keeps only the name; writing wraps any non-empty value, escaped, so it comes back as it was.
/// </summary>
internal static partial class ThreeCxRole
{
    public static string? Unwrap(string? cell)
    {
        if (cell is null)
        {
            return null;
        }
        var match = Element().Match(cell);
        if (!match.Success)
        {
            return cell;
        }
        var name = WebUtility.HtmlDecode(match.Groups["name"].Value).Trim();
        return name.Length == 0 ? null : name;
    }

    public static string? Wrap(string? role) => string.IsNullOrEmpty(role) ? role : $"<role name=\"{SecurityElement.Escape(role)}\" />";

    [GeneratedRegex("""^<role\s+name\s*=\s*"(?<name>[^"]*)"\s*/>$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Element();
}
