using System.Text.Json;
using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.OData;

/// <summary>What the writer, <c>$filter</c> and <c>$orderby</c> read an entity through: its stored properties, plus
/// the ones the stand-in computes (a user's <c>Groups</c>, a group's <c>Members</c>). A missing property reads as
/// its schema default.</summary>
public interface IEntityView
{
    bool TryGet(string name, out JsonNode? value);
}

/// <summary>A nested object (a complex value or an item of a navigation collection) as a view.</summary>
public sealed class JsonObjectView(JsonObject obj) : IEntityView
{
    public bool TryGet(string name, out JsonNode? value) => obj.TryGetPropertyValue(name, out value);
}

/// <summary>Turns JSON values into the CLR values filters compare: string, long, decimal, bool or null.</summary>
internal static class JsonValues
{
    public static object? Primitive(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return node; // arrays and objects are compared by the lambda operators only
        }
        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.TryGetValue<long>(out var integer) ? integer
                : value.TryGetValue<int>(out var small) ? small
                : value.TryGetValue<decimal>(out var real) ? real : (object)value.GetValue<double>(),
            _ => null,
        };
    }
}
