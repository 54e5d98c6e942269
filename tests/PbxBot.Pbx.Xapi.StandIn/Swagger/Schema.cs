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
    private readonly Lazy<string?> type;
    private readonly Lazy<string?> format;
    private readonly Lazy<long?> minimum;
    private readonly Lazy<long?> maximum;
    private readonly Lazy<int?> maxLength;
    private readonly Lazy<IReadOnlyList<string>?> enumValues;
    private readonly Lazy<bool> isFlags;
    private readonly Lazy<Schema?> items;
    private readonly Lazy<bool> additional;
    private readonly Lazy<bool> isObject;

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
        type = new(() => Inherited(s => s.node["type"]?.GetValue<string>()));
        format = new(() => Inherited(s => s.node["format"]?.GetValue<string>()));
        minimum = new(() => Inherited(s => Number(s.node["minimum"])));
        maximum = new(() => Inherited(s => Number(s.node["maximum"])));
        maxLength = new(() => (int?)Inherited(s => Number(s.node["maxLength"])));
        enumValues = new(() => Inherited<IReadOnlyList<string>>(s => s.node["enum"] is JsonArray values
            ? values.Where(v => v is not null).Select(v => v!.GetValue<string>()).ToArray()
            : null));
        isFlags = new(() => Inherited(s => s.node["x-ms-enum-flags"]?["isFlags"]?.GetValue<bool>()) == true);
        items = new(() => Inherited(s => s.node["items"] is JsonObject itemNode ? s.set.FromNode(itemNode) : null));
        additional = new(() => Inherited(s => s.node["additionalProperties"] is not null ? true : (bool?)null) == true);
        isObject = new(() => Type == "object" || Properties.Count > 0);
    }

    /// <summary>The component name (<c>Pbx.User</c>) when this is one of <c>components.schemas</c>.</summary>
    public string? Name { get; }

    /// <summary>OpenAPI 3.0 <c>nullable</c> of this very schema (a property's <c>allOf</c> wrapper says it for the property).</summary>
    public bool Nullable => node["nullable"]?.GetValue<bool>() == true;

    // Each attribute is resolved once (through $ref and allOf) and cached: the writer asks them per property per entity.
    public string? Type => type.Value;

    public string? Format => format.Value;

    public Regex? Pattern => pattern.Value;

    public long? Minimum => minimum.Value;

    public long? Maximum => maximum.Value;

    public int? MaxLength => maxLength.Value;

    public IReadOnlyList<string>? Enum => enumValues.Value;

    /// <summary><c>x-ms-enum-flags.isFlags</c>: OData flags enums accept "A, B".</summary>
    public bool IsFlags => isFlags.Value;

    public Schema? Items => items.Value;

    /// <summary>Every property, flattened over <c>allOf</c> (base types first, as OData inheritance does).</summary>
    public IReadOnlyList<SchemaProperty> Properties => properties.Value;

    public bool AllowsAdditionalProperties => additional.Value;

    public SchemaProperty? Property(string name) => byName.Value.GetValueOrDefault(name);

    public bool IsObject => isObject.Value;

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
    private readonly Lazy<bool> isCollection = new(() => schema.Type == "array");
    private readonly Lazy<Schema> elementSchema = new(() => schema.Type == "array" && schema.Items is { } items ? items : schema);

    public string Name { get; } = name;

    public Schema Schema { get; } = schema;

    public bool IsNavigation { get; } = isNavigation;

    public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(name);

    /// <summary>The schema of one element when the property is a collection, else the property's own schema.</summary>
    public Schema ElementSchema => elementSchema.Value;

    public bool IsCollection => isCollection.Value;

    public override string ToString() => Name;
}
