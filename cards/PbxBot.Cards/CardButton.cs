using System.Text.Json.Nodes;
using PbxBot.Cards.Model;

namespace PbxBot.Cards;

/// <summary>
/// A button as a wizard thinks of it: a title, a verb, some data. <see cref="CardActions.Create"/> turns it into
/// the action the client understands.
/// </summary>
public sealed record CardButton(string Title, string Verb)
{
    /// <summary>Extra data sent back with the verb (the wizard id and step go here, under <see cref="CardDataKeys"/>).</summary>
    public JsonObject? Data { get; init; }

    public ActionStyle? Style { get; init; }

    /// <summary>True for buttons that send the card's inputs (Next, Confirm); false for Cancel and Back.</summary>
    public bool SubmitsInputs { get; init; } = true;

    public string? Id { get; init; }

    public string? Tooltip { get; init; }
}
