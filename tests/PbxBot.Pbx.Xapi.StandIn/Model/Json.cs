using System.Text.Json;
using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>Tolerant reads of JSON values, whether parsed from a request or created by the stand-in.</summary>
internal static class Json
{
    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static int? Int(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }
        if (value.TryGetValue<int>(out var small))
        {
            return small;
        }
        return value.TryGetValue<long>(out var large) && large is >= int.MinValue and <= int.MaxValue ? (int)large : null;
    }

    public static bool? Bool(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null }
        : null;
}
