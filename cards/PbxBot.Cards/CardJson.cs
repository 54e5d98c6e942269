using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>
    /// The card as a JSON value that is written only when the activity around it is: what the bot sends. A copy
    /// into a <see cref="JsonObject"/> (<see cref="ToJson(AdaptiveCard)"/>) serialises the card, parses it back and
    /// writes it again: for a 6 KB card about twice the time and eight times the memory (CardJsonBenchmarks).
    /// </summary>
    public static JsonNode Embed(AdaptiveCard card) =>
        JsonValue.Create(new EmbeddedCard(card ?? throw new ArgumentNullException(nameof(card))), EmbeddedCardTypeInfo)!;

    private static JsonTypeInfo<AdaptiveCard> CardTypeInfo { get; } = (JsonTypeInfo<AdaptiveCard>)Options.GetTypeInfo(typeof(AdaptiveCard));

    private static JsonTypeInfo<EmbeddedCard> EmbeddedCardTypeInfo { get; } = (JsonTypeInfo<EmbeddedCard>)Options.GetTypeInfo(typeof(EmbeddedCard));

    /// <summary>
    /// A JSON value is written with the options of the document around it when there are any: this converter
    /// writes the card with <see cref="Options"/> whatever those are (an activity's names and null handling are
    /// not the card schema's). How letters are escaped stays the writer's, as it was for the copied card.
    /// </summary>
    [JsonConverter(typeof(Converter))]
    private sealed record EmbeddedCard(AdaptiveCard Card)
    {
        private sealed class Converter : JsonConverter<EmbeddedCard>
        {
            public override EmbeddedCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("An embedded card is only written; read a card's JSON as a JsonObject.");

            public override void Write(Utf8JsonWriter writer, EmbeddedCard value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize(writer, value.Card, CardTypeInfo);
        }
    }

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
