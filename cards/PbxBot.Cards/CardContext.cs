using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards;

/// <summary>
/// What a card builder needs to know about the person and the client it draws for: their language and
/// whether the client runs Universal Actions (Teams: buttons are <c>Action.Execute</c>).
/// </summary>
public sealed record CardContext(Language Language, bool UniversalActions)
{
    /// <summary>
    /// Data every button of the card carries back (a wizard's instance and step, <see cref="CardDataKeys"/>), so
    /// the bot can tell the newest card from a stale one. <see cref="CardActions.Create"/> adds it to each button.
    /// </summary>
    public JsonObject? Route { get; init; }

    /// <summary>From a turn's locale ("fr-FR", "en-US", none) and its client's capability.</summary>
    public static CardContext For(string? locale, bool universalActions) => new(Languages.FromLocale(locale), universalActions);

    /// <summary>The sentence in this context's language.</summary>
    public string Say(Text text) => text.In(Language);

    /// <summary>A formatted sentence in this context's language.</summary>
    public string Say(Text text, params object?[] args) => text.Format(Language, args);

    /// <summary>A card in this context's language, with the text shown by clients that cannot render it.</summary>
    public AdaptiveCard Card(string fallbackText, IReadOnlyList<CardElement> body) => new()
    {
        Lang = Language.Code(),
        FallbackText = fallbackText,
        Body = body,
    };
}
