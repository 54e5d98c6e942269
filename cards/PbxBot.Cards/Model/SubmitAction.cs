using System.Text.Json.Nodes;

namespace PbxBot.Cards.Model;

/// <summary>
/// <c>Action.Submit</c>: the client posts a message whose <c>value</c> is the inputs' values merged with
/// <see cref="Data"/>. What Web Chat and the Emulator run, and Teams' fallback for <see cref="ExecuteAction"/>.
/// </summary>
public sealed record SubmitAction : CardAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
