using System.Text.Json.Nodes;

namespace PbxBot.Application.Bot;

/// <summary>Reads a card action's data, which the client sends back as it pleases: a value of the wrong kind reads as absent.</summary>
public static class CardData
{
    /// <summary>The string under <paramref name="key"/>, as sent; null when absent or not a string.</summary>
    public static string? Text(JsonObject data, string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
