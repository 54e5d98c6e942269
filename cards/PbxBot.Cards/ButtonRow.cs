using System.Text.Json.Nodes;
using PbxBot.Cards.Model;

namespace PbxBot.Cards;

/// <summary>
/// The buttons at the foot of every wizard card, always in the same order: Back, Cancel, then Next (or Confirm
/// on the review card). Back and Cancel do not submit the inputs; every button carries <see cref="Data"/>.
/// </summary>
public sealed record ButtonRow
{
    /// <summary>Sent with every button: the wizard instance and step (<see cref="CardDataKeys"/>).</summary>
    public JsonObject? Data { get; init; }

    /// <summary>False on a wizard's first card.</summary>
    public bool ShowBack { get; init; } = true;

    /// <summary>True on the review card: the last button confirms instead of going on.</summary>
    public bool IsReview { get; init; }

    public ActionSet For(CardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var buttons = new List<CardButton>(3);
        if (ShowBack)
        {
            buttons.Add(new CardButton(context.Say(CardText.Back), CardVerbs.Back) { Data = Data, SubmitsInputs = false });
        }
        buttons.Add(new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { Data = Data, SubmitsInputs = false });
        buttons.Add(IsReview
            ? new CardButton(context.Say(CardText.Confirm), CardVerbs.Confirm) { Data = Data, Style = ActionStyle.Positive }
            : new CardButton(context.Say(CardText.Next), CardVerbs.Next) { Data = Data, Style = ActionStyle.Positive });
        return CardActions.Row(context, buttons);
    }
}
