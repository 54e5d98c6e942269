using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>Finding an extension by number, name or e-mail, with a choice when several match.</summary>
public static class LookupCards
{
    private static readonly Text Subtitle = new("Quelle extension ? Cherchez par numéro, nom ou e-mail.", "Which extension? Search by number, name or e-mail.");
    private static readonly Text SearchLabel = new("Numéro, nom ou e-mail", "Number, name or e-mail");
    private static readonly Text SearchButton = new("Rechercher", "Search");
    private static readonly Text ResultsLabel = new("Extensions trouvées", "Extensions found");

    public static AdaptiveCard FindExtension(CardContext context, string title, string? searchTerm, IReadOnlyList<Choice> results, string? selected, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(results);
        List<CardElement> body =
        [
            CardLayout.Header(title, context.Say(Subtitle)),
            .. WizardCardParts.FormErrors(errors),
            CardForm.Field(new TextInput("search") { Label = context.Say(SearchLabel), Value = searchTerm, MaxLength = 128 }, errors),
            CardActions.Row(context, [new CardButton(context.Say(SearchButton), "search")]),
        ];
        if (results.Count > 0)
        {
            body.Add(CardForm.Field(new ChoiceSetInput("number")
            {
                Label = context.Say(ResultsLabel),
                Choices = results,
                // The earlier pick only if the new search found it again: otherwise no radio button would be on.
                Value = results.Any(r => r.Value == selected) ? selected : results[0].Value,
                Style = ChoiceInputStyle.Expanded,
            }, errors));
            body.Add(new ButtonRow { ShowBack = false }.For(context));
        }
        else
        {
            body.AddRange(WizardCardParts.RowError(errors, "number"));
            body.Add(CardActions.Row(context, [new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false }]));
        }
        return context.Card(title, body);
    }
}
