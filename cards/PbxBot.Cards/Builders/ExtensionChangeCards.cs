using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>
/// Seed 000's "ou la modifier", and removing a leaver: the extension's card prefilled with today's values (the number
/// never changes), the review of only what changes (before → after), the deletion that names what goes with the
/// extension and asks for its number, and the outcomes, updated as the PBX applies them.
/// </summary>
public static class ExtensionChangeCards
{
    public const string VerbDelete = "delete";
    public const string KeyResend = "resendWelcome";
    public const string KeyTypedNumber = "typedNumber";

    private static readonly Text EditTitle = new("Modifier l'extension {0}", "Edit extension {0}");
    private static readonly Text EditSubtitle = new(
        "{0} — les valeurs actuelles sont préremplies ; le numéro ne change jamais.",
        "{0} — today's values are filled in; the number never changes.");
    private static readonly Text ReviewSubtitle = new("Vérifiez ce qui change, puis confirmez.", "Check what changes, then confirm.");
    private static readonly Text NothingChanges = new("Rien ne change : modifiez au moins un champ (Retour).", "Nothing changes: edit at least one field (Back).");
    private static readonly Text ResendLabel = new("Renvoyer l'e-mail de bienvenue à la nouvelle adresse", "Send the welcome e-mail again to the new address");
    private static readonly Text UpdatedTitle = new("Extension {0} modifiée", "Extension {0} changed");
    private static readonly Text UpdatedText = new("{0} : {1} modification(s) enregistrée(s).", "{0}: {1} change(s) saved.");
    private static readonly Text Subject = new("Extension {0}", "Extension {0}");
    private static readonly Text DeleteTitle = new("Supprimer l'extension {0}", "Delete extension {0}");
    private static readonly Text DeleteWarning = new(
        "{0} ne pourra plus appeler ni être appelé(e) au {1}. Sur le PBX, sa messagerie vocale et ses enregistrements sont supprimés avec l'utilisateur.",
        "{0} will no longer call or be called on {1}. On the PBX, their voicemail and recordings are deleted with the user.");
    private static readonly Text GoesDid = new("SDA libéré (retourne dans le pool)", "DID freed (back in the pool)");
    private static readonly Text GoesDepartments = new("Départements quittés", "Departments left");
    private static readonly Text GoesNumber = new("Numéro libéré", "Number freed");
    private static readonly Text TypeNumber = new("Pour confirmer, tapez le numéro {0}", "To confirm, type the number {0}");
    private static readonly Text TypeNumberRequired = new("Tapez le numéro de l'extension pour confirmer.", "Type the extension's number to confirm.");
    private static readonly Text DeleteButton = new("Supprimer définitivement", "Delete for good");
    private static readonly Text DeletedTitle = new("Extension {0} supprimée", "Extension {0} deleted");
    private static readonly Text DeletedText = new("{0} n'est plus sur le PBX ; le numéro {1} est de nouveau libre.", "{0} is no longer on the PBX; number {1} is free again.");
    private static readonly Text FactName = new("Nom", "Name");

    public static AdaptiveCard Edit(CardContext context, string number, string name, ExtensionFormValues v, ExtensionFormOptions o,
        IReadOnlyDictionary<string, string> errors, IReadOnlyDictionary<string, string> warnings)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(EditTitle, number);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(EditSubtitle, name)),
            .. WizardCardParts.FormErrors(errors),
            .. ExtensionCards.IdentityFields(context, v, errors, warnings),
            .. ExtensionCards.PlacementFields(context, v, o, errors),
            .. WizardCardParts.Warnings(warnings.Where(w => w.Key != "email").ToDictionary()),
            new ButtonRow { ShowBack = false }.For(context),
        ]);
    }

    public static AdaptiveCard Review(CardContext context, string number, string name, IReadOnlyList<FieldChange> changes, bool offerResend,
        IReadOnlyDictionary<string, string> warnings)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(EditTitle, number);
        List<CardElement> body = [CardLayout.Header(title, context.Say(ReviewSubtitle)), .. WizardCardParts.Warnings(warnings)];
        if (changes.Count == 0)
        {
            body.AddRange(FieldChangeParts.NothingChanges(context, NothingChanges));
            return context.Card(title, body);
        }
        body.Add(CardLayout.Review(context, [(context.Say(FactName), name), .. FieldChangeParts.Facts(context, changes)]));
        if (offerResend)
        {
            body.Add(CardForm.Field(new ToggleInput(KeyResend, context.Say(ResendLabel)) { Label = context.Say(ResendLabel), Value = ToggleInput.ValueOf(true), Wrap = true }));
        }
        body.Add(new ButtonRow { IsReview = true }.For(context));
        return context.Card(title, body);
    }

    public static AdaptiveCard Updated(CardContext context, string number, string name, IReadOnlyList<FieldChange> changes, PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PbxChangeCard.Build(context, context.Say(Subject, number), context.Say(UpdatedTitle, number), context.Say(UpdatedText, name, changes.Count),
            [(context.Say(FactName), name), .. FieldChangeParts.Facts(context, changes)], pbx);
    }

    /// <param name="departments">The names of the departments the user leaves.</param>
    public static AdaptiveCard ConfirmDelete(CardContext context, string number, string name, string? did, IReadOnlyList<string> departments,
        IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(DeleteTitle, number);
        return context.Card(title,
        [
            CardLayout.Header(title, $"{number} — {name}"),
            .. WizardCardParts.FormErrors(errors),
            new TextBlock(context.Say(DeleteWarning, name, number)) { Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder },
            CardLayout.Review(context,
            [
                (context.Say(GoesNumber), number),
                (context.Say(GoesDid), did),
                (context.Say(GoesDepartments), departments.Count == 0 ? null : string.Join(", ", departments)),
            ]),
            CardForm.Field(new TextInput(KeyTypedNumber)
            {
                Label = context.Say(TypeNumber, number),
                IsRequired = true,
                ErrorMessage = context.Say(TypeNumberRequired),
                MaxLength = 10,
            }, errors),
            CardActions.Row(context,
            [
                new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false },
                new CardButton(context.Say(DeleteButton), CardVerbs.Confirm) { Style = ActionStyle.Destructive },
            ]),
        ]);
    }

    public static AdaptiveCard Deleted(CardContext context, string number, string name, PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PbxChangeCard.Build(context, context.Say(Subject, number), context.Say(DeletedTitle, number), context.Say(DeletedText, name, number),
            [(context.Say(FactName), name)], pbx);
    }

}
