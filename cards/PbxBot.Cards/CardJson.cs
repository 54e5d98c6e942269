using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PbxBot.Cards.Model;

namespace PbxBot.Cards;

/// <summary>
/// The one place card JSON is written: camelCase, nulls left out, enums as the schema's strings, and French
/// letters as themselves (the default escapes "é" as six characters, and Teams caps a message at about 28 KB).
/// </summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonObject ToJson(AdaptiveCard card) => (JsonObject)JsonSerializer.SerializeToNode(card, Options)!;

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    /// <summary>One body element as it appears inside a card (with its <c>"type"</c>).</summary>
    public static JsonObject ToJson(CardElement element) => (JsonObject)JsonSerializer.SerializeToNode(element, Options)!;

    /// <summary>One action as it appears inside a card (with its <c>"type"</c>).</summary>
    public static JsonObject ToJson(CardAction action) => (JsonObject)JsonSerializer.SerializeToNode(action, Options)!;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Every script as is; HTML-sensitive characters (<, >, &, quotes) stay escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
