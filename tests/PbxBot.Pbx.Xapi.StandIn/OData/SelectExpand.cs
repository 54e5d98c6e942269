using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.OData;

/// <summary>
/// What <c>$select</c> and <c>$expand</c> ask to write. Without <c>$select</c> every structural property is written;
/// a navigation property only when expanded (<c>$expand=Groups($select=GroupId;$expand=Rights)</c>). Approximation:
/// naming a navigation property in <c>$select</c> writes it as if expanded, so <c>Groups($select=GroupId,Rights)</c>
/// returns the rights.
/// </summary>
public sealed class SelectExpand
{
    public static readonly SelectExpand Default = new(null, new Dictionary<string, QueryOptions>(StringComparer.Ordinal));

    private SelectExpand(IReadOnlyList<string>? selected, IReadOnlyDictionary<string, QueryOptions> expanded)
    {
        Selected = selected;
        Expanded = expanded;
    }

    /// <summary>The selected structural properties, or null for all of them.</summary>
    public IReadOnlyList<string>? Selected { get; }

    public IReadOnlyDictionary<string, QueryOptions> Expanded { get; }

    public bool Writes(SchemaProperty property, out QueryOptions? nested)
    {
        if (property.IsNavigation)
        {
            return Expanded.TryGetValue(property.Name, out nested);
        }
        nested = null;
        return Selected is null || Selected.Contains(property.Name);
    }

    /// <summary>The <c>@odata.context</c> suffix OData gives a projection: <c>(Id,Number)</c>.</summary>
    public string ContextSuffix => Selected is null ? "" : $"({string.Join(',', Selected.Concat(Expanded.Keys.Where(k => !Selected.Contains(k)).Select(k => k + "()")))})";

    public static SelectExpand Parse(string? select, string? expand, Schema entity, Func<string, Schema, QueryOptions> parseNested)
    {
        if (select is null && expand is null)
        {
            return Default;
        }
        List<string>? selected = null;
        var expanded = new Dictionary<string, QueryOptions>(StringComparer.Ordinal);
        if (select is not null)
        {
            selected = [];
            foreach (var item in QueryText.SplitTopLevel(select, ','))
            {
                if (item == "*")
                {
                    selected = null;
                    break;
                }
                var property = entity.Property(item)
                    ?? throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"Could not find a property named '{item}' on type '{entity.Name}'.", "$select");
                if (property.IsNavigation)
                {
                    expanded.TryAdd(property.Name, QueryOptions.None);
                }
                else if (!selected.Contains(property.Name))
                {
                    selected.Add(property.Name);
                }
            }
        }
        if (expand is not null)
        {
            foreach (var item in QueryText.SplitTopLevel(expand, ','))
            {
                var open = item.IndexOf('(', StringComparison.Ordinal);
                var name = (open < 0 ? item : item[..open]).Trim();
                var options = open < 0 ? null : item.EndsWith(')')
                    ? item[(open + 1)..^1]
                    : throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"Unbalanced parentheses in $expand item '{item}'.", "$expand");
                var targets = name == "*"
                    ? entity.Properties.Where(p => p.IsNavigation)
                    : [entity.Property(name) is { } p
                        ? p.IsNavigation ? p : throw XapiException.BadRequest(ErrorCodes.InvalidQuery,
                            $"Property '{name}' on type '{entity.Name}' is not a navigation property; only navigation properties can be expanded.", "$expand")
                        : throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"Could not find a property named '{name}' on type '{entity.Name}'.", "$expand")];
                foreach (var target in targets)
                {
                    expanded[target.Name] = options is null ? QueryOptions.None : parseNested(options, target.ElementSchema);
                }
            }
        }
        return new SelectExpand(selected, expanded);
    }
}

/// <summary>Splitting of OData option text outside parentheses and string literals.</summary>
internal static class QueryText
{
    public static IEnumerable<string> SplitTopLevel(string text, char separator)
    {
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && c == separator)
            {
                yield return text[start..i].Trim();
                start = i + 1;
            }
        }
        var last = text[start..].Trim();
        if (last.Length > 0 || start > 0)
        {
            yield return last;
        }
    }
}
