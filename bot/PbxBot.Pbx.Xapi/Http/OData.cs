using System.Globalization;
using System.Text;

namespace PbxBot.Pbx.Xapi.Http;

/// <summary>OData literals and query strings, escaped once, here.</summary>
internal static class OData
{
    /// <summary>An OData string literal: quoted, with each quote doubled (<c>O'Brien</c> → <c>'O''Brien'</c>).</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A key segment, e.g. <c>Users(Number='105')</c>: the literal is percent-encoded for the path.</summary>
    public static string Key(string entitySet, string property, string value) =>
        $"{entitySet}({property}={Uri.EscapeDataString(Quote(value))})";

    public static string Key(string entitySet, int id) => $"{entitySet}({id.ToString(CultureInfo.InvariantCulture)})";

    /// <summary><c>resource?$a=…&amp;$b=…</c> with every value percent-encoded; null values are left out.</summary>
    public static string Query(string resource, params (string Name, string? Value)[] options)
    {
        var query = new StringBuilder(resource);
        var separator = '?';
        foreach (var (name, value) in options)
        {
            if (value is null)
            {
                continue;
            }
            query.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return query.ToString();
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
