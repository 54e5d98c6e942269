using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>An Adaptive Card, schema 1.5 (the newest Teams renders).</summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("type")]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("version")]
    public string Version { get; init; } = "1.5";
}
