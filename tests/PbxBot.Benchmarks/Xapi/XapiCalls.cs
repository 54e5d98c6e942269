using System.Text.RegularExpressions;
using PbxBot.Pbx.Xapi.StandIn.Control;

namespace PbxBot.Benchmarks.Xapi;

/// <summary>
/// The stand-in's call log read as operations: <c>GET Users(Number=…)</c>, <c>POST Users({id})/Pbx.SendWelcomeEmail</c>,
/// <c>GET Users</c> (a page), <c>POST /connect/token</c>… — keys replaced, query options left out.
/// </summary>
public static partial class XapiCalls
{
    public const string TokenOperation = "POST /connect/token";

    public static bool IsToken(RecordedRequest call) => call.Path.EndsWith("/connect/token", StringComparison.Ordinal);

    /// <summary>The operation a call is, e.g. <c>GET Users(Number=…)</c>.</summary>
    public static string Operation(RecordedRequest call)
    {
        if (IsToken(call))
        {
            return TokenOperation;
        }
        var path = call.Path.StartsWith("/xapi/v1/", StringComparison.Ordinal) ? call.Path["/xapi/v1/".Length..] : call.Path;
        path = NumberKey().Replace(path, "(Number=…)");
        path = IdKey().Replace(path, "({id})");
        return $"{call.Method} {path}";
    }

    /// <summary>How many calls of each operation, most frequent first, with the statuses they got (e.g. <c>404</c> for a look-up that finds nothing).</summary>
    public static IReadOnlyList<(string Operation, int Count, string Statuses)> ByOperation(IEnumerable<RecordedRequest> calls) =>
        [.. calls.GroupBy(Operation, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), string.Join("/", g.Select(c => c.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none").Distinct().Order(StringComparer.Ordinal))))
            .OrderByDescending(o => o.Item2).ThenBy(o => o.Key, StringComparer.Ordinal)];

    [GeneratedRegex(@"\(Number='[^']*'\)")]
    private static partial Regex NumberKey();

    [GeneratedRegex(@"\([0-9]+\)")]
    private static partial Regex IdKey();
}
