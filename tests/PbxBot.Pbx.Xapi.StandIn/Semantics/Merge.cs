using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.Semantics;

/// <summary>
/// OData PATCH: only the given properties change. A complex (object) value is merged property by property
/// (OData 4.01 §11.4.3), a collection — <c>Groups</c>, <c>OfficeHolidays</c>, <c>Hours.Periods</c> — is replaced.
/// </summary>
public static class Merge
{
    public static JsonNode? Value(Schema? schema, JsonNode? current, JsonNode? incoming)
    {
        if (schema is not null && schema.Type != "array" && schema.IsObject && current is JsonObject old && incoming is JsonObject patch)
        {
            var merged = (JsonObject)old.DeepClone();
            foreach (var (name, value) in patch)
            {
                merged[name] = Value(schema.Property(name)?.Schema, merged[name], value);
            }
            return merged;
        }
        return incoming?.DeepClone();
    }
}
