using System.Text.Json.Nodes;

namespace PbxBot.Cards.Model;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke carrying
/// <see cref="Verb"/> and <see cref="Data"/>, and the bot answers with the card that replaces this one.
/// Clients without Universal Actions use <see cref="Fallback"/> instead.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    public string? Verb { get; init; }

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>What older clients show instead: an <see cref="SubmitAction"/> carrying the same data and verb.</summary>
    public CardAction? Fallback { get; init; }
}
