using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PbxBot.Pbx.Xapi.StandIn.Swagger;

/// <summary>
/// One OpenAPI 3.0 schema of the swagger, with <c>$ref</c> and <c>allOf</c> resolved: what the stand-in needs to
/// check a request body and to write a response (type, nullable, enum, pattern, range, properties in order and
/// which of them are navigation properties). Built lazily: only the schemas the stand-in touches are resolved.
/// </summary>
public sealed class Schema
{
    private readonly SchemaSet set;
    private readonly JsonObject node;
    private readonly Lazy<IReadOnlyList<Schema>> parts;
    private readonly Lazy<IReadOnlyList<SchemaProperty>> properties;
    private readonly Lazy<IReadOnlyDictionary<string, SchemaProperty>> byName;
    private readonly Lazy<Regex?> pattern;
    private readonly Lazy<JsonNode?> defaultValue;

    internal Schema(SchemaSet set, JsonObject node, string? name)
    {
        this.set = set;
        this.node = node;
        Name = name;
        parts = new(() => ReadParts());
        properties = new(() => ReadProperties());
        byName = new(() => Properties.ToDictionary(p => p.Name, StringComparer.Ordinal));
        pattern = new(() => Inherited(s => s.node["pattern"]?.GetValue<string>()) is { } p ? new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null);
        defaultValue = new(() => DefaultOf());
    }

    /// <summary>The component name (<c>Pbx.User</c>) when this is one of <c>components.schemas</c>.</summary>
    public string? Name { get; }

    /// <summary>OpenAPI 3.0 <c>nullable</c> of this very schema (a property's <c>allOf</c> wrapper says it for the property).</summary>
    public bool Nullable => node["nullable"]?.GetValue<bool>() == true;

    public string? Type => Inherited(s => s.node["type"]?.GetValue<string>());

    public string? Format => Inherited(s => s.node["format"]?.GetValue<string>());

    public Regex? Pattern => pattern.Value;

    public long? Minimum => Inherited(s => Number(s.node["minimum"]));

    public long? Maximum => Inherited(s => Number(s.node["maximum"]));

    public int? MaxLength => Inherited(s => (int?)Number(s.node["maxLength"]));

    public IReadOnlyList<string>? Enum => Inherited(s => s.node["enum"] is JsonArray values
        ? values.Where(v => v is not null).Select(v => v!.GetValue<string>()).ToArray()
        : null);

    /// <summary><c>x-ms-enum-flags.isFlags</c>: OData flags enums accept "A, B".</summary>
    public bool IsFlags => Inherited(s => s.node["x-ms-enum-flags"]?["isFlags"]?.GetValue<bool>()) == true;

    public Schema? Items => Inherited(s => s.node["items"] is JsonObject items ? s.set.FromNode(items) : null);

    /// <summary>Every property, flattened over <c>allOf</c> (base types first, as OData inheritance does).</summary>
    public IReadOnlyList<SchemaProperty> Properties => properties.Value;

    public bool AllowsAdditionalProperties => Inherited(s => s.node["additionalProperties"] is not null ? true : (bool?)null) == true;

    public SchemaProperty? Property(string name) => byName.Value.GetValueOrDefault(name);

    public bool IsObject => Type == "object" || Properties.Count > 0;

    /// <summary>What a .NET service writes for a property it has no value for: null when nullable, else the type's
    /// zero (first enum member, "PT0S" for a duration…), so that a default still matches the schema.</summary>
    public JsonNode? DefaultValue => defaultValue.Value;

    private static long? Number(JsonNode? value) => value is JsonValue v
        ? v.TryGetValue<long>(out var integer) ? integer : (long)v.GetValue<double>()
        : null;

    private T? Inherited<T>(Func<Schema, T?> read)
    {
        var own = read(this);
        if (own is not null)
        {
            return own;
        }
        foreach (var part in parts.Value)
        {
            var inherited = part.Inherited(read);
            if (inherited is not null)
            {
                return inherited;
            }
        }
        return default;
    }

    private List<Schema> ReadParts()
    {
        var list = new List<Schema>();
        if (node["$ref"] is JsonValue reference)
        {
            list.Add(set.ByReference(reference.GetValue<string>()));
        }
        if (node["allOf"] is JsonArray allOf)
        {
            list.AddRange(allOf.OfType<JsonObject>().Select(set.FromNode));
        }
        return list;
    }

    private List<SchemaProperty> ReadProperties()
    {
        var list = new List<SchemaProperty>();
        foreach (var part in parts.Value)
        {
            foreach (var inherited in part.Properties)
            {
                list.RemoveAll(p => p.Name == inherited.Name);
                list.Add(inherited);
            }
        }
        if (node["properties"] is JsonObject own)
        {
            foreach (var (name, value) in own)
            {
                if (value is JsonObject propertyNode)
                {
                    list.RemoveAll(p => p.Name == name);
                    list.Add(new SchemaProperty(name, set.FromNode(propertyNode),
                        propertyNode["x-ms-navigationProperty"]?.GetValue<bool>() == true));
                }
            }
        }
        return list;
    }

    private JsonNode? DefaultOf()
    {
        if (Nullable)
        {
            return null;
        }
        return Type switch
        {
            "string" when Enum is { Count: > 0 } values => JsonValue.Create(values[0]),
            "string" => JsonValue.Create(Format switch
            {
                "date-time" => "0001-01-01T00:00:00Z",
                "date" => "0001-01-01",
                "time" => "00:00:00",
                "duration" => "PT0S",
                "uuid" => "00000000-0000-0000-0000-000000000000",
                _ => "",
            }),
            "integer" or "number" => JsonValue.Create(0),
            "boolean" => JsonValue.Create(false),
            "array" => new JsonArray(),
            "object" => new JsonObject(),
            _ => null,
        };
    }

    public override string ToString() => Name ?? Type ?? "schema";
}

/// <summary>A property of an object schema; navigation properties are written only when expanded (OData).</summary>
public sealed class SchemaProperty(string name, Schema schema, bool isNavigation)
{
    public string Name { get; } = name;

    public Schema Schema { get; } = schema;

    public bool IsNavigation { get; } = isNavigation;

    public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(name);

    /// <summary>The schema of one element when the property is a collection, else the property's own schema.</summary>
    public Schema ElementSchema => Schema.Type == "array" && Schema.Items is { } items ? items : Schema;

    public bool IsCollection => Schema.Type == "array";

    public override string ToString() => Name;
}
