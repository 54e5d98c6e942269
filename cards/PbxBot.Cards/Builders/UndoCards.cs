using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>The change to revert, as the review before an undo shows it.</summary>
public sealed record UndoView(string Target, string Action, string Author, string At, string Headline, IReadOnlyList<FieldChange> Changes);

/// <summary>« annuler la dernière modification »: what was done, by whom and when, and what reverting it does — then Confirm.</summary>
public static class UndoCards
{
    private static readonly Text Title = new("Annuler une modification", "Undo a change");
    private static readonly Text Subtitle = new("Vérifiez ce qui sera rétabli, puis confirmez.", "Check what will be restored, then confirm.");
    private static readonly Text What = new("Modification", "Change");
    private static readonly Text Who = new("Faite par", "Made by");
    private static readonly Text When = new("Le", "On");
    private static readonly Text Target = new("Concerne", "About");
    private static readonly Text UndoButton = new("Annuler cette modification", "Undo this change");

    public static AdaptiveCard Review(CardContext context, UndoView v, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(v);
        var title = context.Say(Title);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(Subtitle)),
            .. WizardCardParts.FormErrors(errors),
            CardLayout.Review(context, [(context.Say(Target), v.Target), (context.Say(What), v.Action), (context.Say(Who), v.Author), (context.Say(When), v.At)]),
            new TextBlock(v.Headline) { Wrap = true, Weight = TextWeight.Bolder },
            .. v.Changes.Count == 0 ? Array.Empty<CardElement>() :
            [
                CardLayout.Review(context, FieldChangeParts.Facts(context, v.Changes).ToArray()),
            ],
            CardActions.Row(context,
            [
                new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false },
                new CardButton(context.Say(UndoButton), CardVerbs.Confirm) { Style = ActionStyle.Positive },
            ]),
        ]);
    }
}
