using System.Text.Json;
using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.OData;

/// <summary>
/// Writes entities as the swagger's schema lays them out: every structural property (its value, or its schema
/// default, as a .NET OData service writes an unset property), navigation properties only when expanded, nested
/// objects by their own schema. Writes straight to the JSON writer: no copy of the stored values.
/// </summary>
public static class EntityWriter
{
    public static void WriteObject(Utf8JsonWriter w, Schema schema, IEntityView view, SelectExpand shape)
    {
        w.WriteStartObject();
        WriteProperties(w, schema, view, shape);
        w.WriteEndObject();
    }

    public static void WriteProperties(Utf8JsonWriter w, Schema schema, IEntityView view, SelectExpand shape)
    {
        foreach (var property in schema.Properties)
        {
            if (!shape.Writes(property, out var nested))
            {
                continue;
            }
            var value = view.TryGet(property.Name, out var stored) ? stored : property.Schema.DefaultValue;
            if (value is null)
            {
                w.WriteNull(property.EncodedName); // most of a user's 80-odd properties: the cheapest path
                continue;
            }
            if (property.IsCollection && nested is { Count: true } && value is JsonArray counted)
            {
                w.WriteNumber($"{property.Name}@odata.count", nested.Apply(counted, counted.Count, ViewOf).Count ?? 0);
            }
            w.WritePropertyName(property.EncodedName);
            WriteValue(w, property, value, nested ?? QueryOptions.None);
        }
    }

    /// <summary>A collection response: <c>{ "@odata.context", "@odata.count"?, "value": [ … ] }</c>.</summary>
    public static Reply Collection<T>(string context, Schema element, IEnumerable<T> page, long? count, SelectExpand shape, Func<T, IEntityView> view) =>
        Reply.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("@odata.context", context);
            if (count is { } total)
            {
                w.WriteNumber("@odata.count", total);
            }
            w.WriteStartArray("value");
            foreach (var item in page)
            {
                WriteObject(w, element, view(item), shape);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary>One entity: <c>{ "@odata.context", …properties }</c>.</summary>
    public static Reply Entity(int status, string context, Schema schema, IEntityView view, SelectExpand shape) =>
        Reply.Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteString("@odata.context", context);
            WriteProperties(w, schema, view, shape);
            w.WriteEndObject();
        });

    private static void WriteValue(Utf8JsonWriter w, SchemaProperty property, JsonNode? value, QueryOptions nested)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                return;
            case JsonArray items when property.ElementSchema.IsObject:
                var (page, _) = nested.Apply(items, items.Count, ViewOf);
                w.WriteStartArray();
                foreach (var item in page)
                {
                    if (item is JsonObject obj)
                    {
                        WriteObject(w, property.ElementSchema, new JsonObjectView(obj), nested.Shape);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                }
                w.WriteEndArray();
                return;
            case JsonObject obj when property.Schema.IsObject:
                WriteObject(w, property.Schema, new JsonObjectView(obj), nested.Shape);
                return;
            default:
                value.WriteTo(w);
                return;
        }
    }

    private static IEntityView ViewOf(JsonNode? node) => node is JsonObject obj ? new JsonObjectView(obj) : Empty.Instance;

    private sealed class Empty : IEntityView
    {
        public static readonly Empty Instance = new();

        public bool TryGet(string name, out JsonNode? value)
        {
            value = null;
            return false;
        }
    }
}
