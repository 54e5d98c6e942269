using System.Text.Json;
using System.Text.Json.Nodes;
using PbxBot.Cards.Model;

namespace PbxBot.Cards;

/// <summary>The one place card JSON is written.</summary>
public static class CardJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonObject ToJson(AdaptiveCard card) => (JsonObject)JsonSerializer.SerializeToNode(card, Options)!;

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);
}
