using System.Text;
using System.Text.RegularExpressions;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.Xapi;

/// <summary>
/// The swagger's path templates as routes: <c>/Users({Id})</c>, <c>/Users(Number={Number})</c>,
/// <c>/Defs/Pbx.GetSystemParameters()</c>… A request path matches the most specific template (most literal
/// characters), so <c>Users(Number='105')</c> is the alternate key, not an id.
/// </summary>
public sealed class RouteTable
{
    private readonly List<Route> routes;

    public RouteTable(SwaggerDocument swagger)
    {
        routes = swagger.Operations
            .GroupBy(o => o.Template, StringComparer.Ordinal)
            .Select(g => Route.Of(g.Key, g.ToDictionary(o => o.Method, StringComparer.Ordinal)))
            .OrderByDescending(r => r.LiteralLength)
            .ToList();
    }

    public (Route Route, IReadOnlyDictionary<string, string> Keys)? Find(string path)
    {
        foreach (var route in routes)
        {
            var match = route.Regex.Match(path);
            if (match.Success)
            {
                return (route, route.Parameters.ToDictionary(p => p, p => match.Groups[p].Value, StringComparer.Ordinal));
            }
        }
        return null;
    }

    public sealed record Route(string Template, Regex Regex, IReadOnlyList<string> Parameters, int LiteralLength, IReadOnlyDictionary<string, SwaggerOperation> Methods)
    {
        public static Route Of(string template, IReadOnlyDictionary<string, SwaggerOperation> methods)
        {
            var pattern = new StringBuilder("^");
            var parameters = new List<string>();
            var literal = 0;
            foreach (Match part in Regex.Matches(template, @"\{(?<name>[^}]+)\}|[^{]+"))
            {
                if (part.Groups["name"].Success)
                {
                    var name = part.Groups["name"].Value;
                    parameters.Add(name);
                    pattern.Append("(?<").Append(name).Append(">[^/]*)");
                }
                else
                {
                    literal += part.Length;
                    pattern.Append(Regex.Escape(part.Value));
                }
            }
            pattern.Append('$');
            return new Route(template, new Regex(pattern.ToString(), RegexOptions.CultureInvariant), parameters, literal, methods);
        }
    }
}
