using System.Text.Json.Nodes;
using PbxBot.Cards.Model;

namespace PbxBot.Cards;

/// <summary>
/// Buttons for the client at hand. Teams (Universal Actions) gets an <c>Action.Execute</c> — its invoke lets
/// the bot replace the card in place — with an <c>Action.Submit</c> fallback for older Teams clients; Web Chat
/// and the Emulator get the <c>Action.Submit</c> alone. Either way the bot reads the same verb and data.
/// </summary>
public static class CardActions
{
    public static CardAction Create(CardContext context, CardButton button)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(button);
        ArgumentException.ThrowIfNullOrWhiteSpace(button.Verb);
        if (button.Data is not null && button.Data.ContainsKey(CardDataKeys.Verb))
        {
            throw new ArgumentException($"The verb goes in {nameof(CardButton.Verb)}, not under \"{CardDataKeys.Verb}\" in the data.", nameof(button));
        }

        button = WithRoute(context, button);
        var inputs = button.SubmitsInputs ? AssociatedInputs.Auto : AssociatedInputs.None;
        var submit = new SubmitAction
        {
            Title = button.Title,
            Data = SubmitData(button),
            AssociatedInputs = inputs,
            Style = button.Style,
            Tooltip = button.Tooltip,
        };
        if (!context.UniversalActions)
        {
            return submit with { Id = button.Id };
        }
        return new ExecuteAction
        {
            Id = button.Id,
            Title = button.Title,
            Verb = button.Verb,
            Data = button.Data is { Count: > 0 } data ? (JsonObject)data.DeepClone() : null,
            AssociatedInputs = inputs,
            Style = button.Style,
            Tooltip = button.Tooltip,
            Fallback = submit,
        };
    }

    /// <summary>Buttons in the body, where Teams wants Action.Execute (and where Web Chat draws them under the form).</summary>
    public static ActionSet Row(CardContext context, IEnumerable<CardButton> buttons) =>
        new() { Actions = buttons.Select(b => Create(context, b)).ToArray() };

    /// <summary>The context's route (wizard instance and step) merged into the button's data; the button's own keys win.</summary>
    private static CardButton WithRoute(CardContext context, CardButton button)
    {
        if (context.Route is not { Count: > 0 } route)
        {
            return button;
        }
        var data = (JsonObject)route.DeepClone();
        foreach (var (key, value) in button.Data ?? [])
        {
            data[key] = value?.DeepClone();
        }
        return button with { Data = data };
    }

    /// <summary>The data an Action.Submit carries: the verb first, then the button's own data (a copy: nodes have one parent).</summary>
    private static JsonObject SubmitData(CardButton button)
    {
        var data = new JsonObject { [CardDataKeys.Verb] = button.Verb };
        foreach (var (key, value) in button.Data ?? [])
        {
            data[key] = value?.DeepClone();
        }
        return data;
    }
}
