using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>
/// An Adaptive Card, schema 1.5 (the newest Teams renders). Serialise it with <see cref="CardJson"/> and put
/// <see cref="CardJson.Embed(AdaptiveCard)"/> into an activity's attachment (it carries the card's own JSON
/// settings), never the model itself.
/// </summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string SchemaVersion = "1.5";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-3)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema { get; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = SchemaVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    /// <summary>Buttons at the foot of the card. The kit puts wizard buttons in an <see cref="ActionSet"/> instead.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>BCP-47 language of the card's text ("fr", "en"); clients use it to format dates and times.</summary>
    public string? Lang { get; init; }

    /// <summary>What a client that cannot render cards shows instead.</summary>
    public string? FallbackText { get; init; }

    public Refresh? Refresh { get; init; }

    /// <summary>Teams-only options; full width by default so forms are not squeezed in a narrow bubble.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; } = TeamsCardOptions.FullWidth;
}

/// <summary>The card's <c>msteams</c> property.</summary>
public sealed record TeamsCardOptions
{
    public static TeamsCardOptions FullWidth { get; } = new() { Width = "Full" };

    /// <summary>"Full" stretches the card to the conversation's width.</summary>
    public string? Width { get; init; }
}
