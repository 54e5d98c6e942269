using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>
/// An entity's stored properties, swagger-shaped JSON values by name. Never changed once built (a write builds a new
/// one), so snapshots share them; a plain dictionary because reads dominate: listing 10,000 users reads 850,000.
/// </summary>
public sealed class PropertyDictionary : IReadOnlyDictionary<string, JsonNode?>
{
    public static readonly PropertyDictionary Empty = new(new Dictionary<string, JsonNode?>(StringComparer.Ordinal));

    private readonly Dictionary<string, JsonNode?> values;

    private PropertyDictionary(Dictionary<string, JsonNode?> values) => this.values = values;

    public int Count => values.Count;

    public IEnumerable<string> Keys => values.Keys;

    public IEnumerable<JsonNode?> Values => values.Values;

    public JsonNode? this[string key] => values[key];

    /// <summary>Takes ownership of <paramref name="values"/>: the caller must not change it afterwards.</summary>
    public static PropertyDictionary Of(Dictionary<string, JsonNode?> values) => new(values);

    public static Dictionary<string, JsonNode?> NewBuilder() => new(StringComparer.Ordinal);

    /// <summary>A copy to change, for the next version of the entity.</summary>
    public Dictionary<string, JsonNode?> ToBuilder() => new(values, StringComparer.Ordinal);

    public PropertyDictionary With(string name, JsonNode? value)
    {
        var copy = ToBuilder();
        copy[name] = value;
        return new PropertyDictionary(copy);
    }

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonNode? value) => values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, JsonNode?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
