using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>A department the operator may pick to change or delete.</summary>
public sealed record DepartmentChoice(string Key, string Name, int Members);

/// <summary>
/// Changing a department (rename, language, visibility, transcription, members and their roles) and deleting an empty
/// one: the pick, the review of only what changes (before → after), the deletion that names what goes, the outcomes.
/// </summary>
public static class DepartmentChangeCards
{
    public const string KeyDepartment = "department";

    private static readonly Text EditTitle = new("Modifier le département « {0} »", "Edit department “{0}”");
    private static readonly Text EditAny = new("Modifier un département", "Edit a department");
    private static readonly Text DeleteAny = new("Supprimer un département", "Delete a department");
    private static readonly Text PickLabel = new("Département", "Department");
    private static readonly Text PickRequired = new("Choisissez un département.", "Choose a department.");
    private static readonly Text PickChoice = new("{0} ({1} membre(s))", "{0} ({1} member(s))");
    private static readonly Text ReviewSubtitle = new("Vérifiez ce qui change, puis confirmez.", "Check what changes, then confirm.");
    private static readonly Text NothingChanges = new("Rien ne change : modifiez au moins un réglage ou un membre (Retour).", "Nothing changes: edit at least one setting or member (Back).");
    private static readonly Text Subject = new("Département « {0} »", "Department “{0}”");
    private static readonly Text UpdatedTitle = new("Département « {0} » modifié", "Department “{0}” changed");
    private static readonly Text UpdatedText = new("{0} modification(s) enregistrée(s).", "{0} change(s) saved.");
    private static readonly Text DeleteTitle = new("Supprimer le département « {0} »", "Delete department “{0}”");
    private static readonly Text DeleteWarning = new(
        "Le département « {0} » sera supprimé du PBX, avec ses réglages et ses horaires de présence. Il n'a plus de membres.",
        "Department “{0}” will be deleted from the PBX, with its settings and office hours. It has no members left.");
    private static readonly Text GoesHours = new("Horaires de présence", "Office hours");
    private static readonly Text HoursDefined = new("définis (supprimés avec le département)", "defined (deleted with the department)");
    private static readonly Text HoursNone = new("aucun", "none");
    private static readonly Text DeleteButton = new("Supprimer définitivement", "Delete for good");
    private static readonly Text DeletedTitle = new("Département « {0} » supprimé", "Department “{0}” deleted");
    private static readonly Text DeletedText = new("« {0} » n'est plus sur le PBX.", "“{0}” is no longer on the PBX.");
    private static readonly Text FactName = new("Département", "Department");

    public static string Title(CardContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Say(EditTitle, name);
    }

    /// <param name="forDeletion">Which wizard picks: the title says it.</param>
    public static AdaptiveCard Pick(CardContext context, IReadOnlyList<DepartmentChoice> departments, string? selected, bool forDeletion,
        IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(departments);
        var title = context.Say(forDeletion ? DeleteAny : EditAny);
        return context.Card(title,
        [
            CardLayout.Header(title, null),
            .. WizardCardParts.FormErrors(errors),
            CardForm.Field(new ChoiceSetInput(KeyDepartment)
            {
                Label = context.Say(PickLabel),
                Choices = departments.Select(d => new Choice(context.Say(PickChoice, d.Name, d.Members), d.Key)).ToArray(),
                Value = selected,
                IsRequired = true,
                ErrorMessage = context.Say(PickRequired),
                Style = ChoiceInputStyle.Compact,
            }, errors),
            new ButtonRow { ShowBack = false }.For(context),
        ]);
    }

    public static AdaptiveCard Review(CardContext context, string name, IReadOnlyList<FieldChange> changes, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(changes);
        var title = context.Say(EditTitle, name);
        List<CardElement> body = [CardLayout.Header(title, context.Say(ReviewSubtitle)), .. WizardCardParts.FormErrors(errors)];
        if (changes.Count == 0)
        {
            body.AddRange(FieldChangeParts.NothingChanges(context, NothingChanges));
            return context.Card(title, body);
        }
        body.Add(CardLayout.Review(context, [(context.Say(FactName), name), .. FieldChangeParts.Facts(context, changes)]));
        body.Add(new ButtonRow { IsReview = true }.For(context));
        return context.Card(title, body);
    }

    public static AdaptiveCard Updated(CardContext context, string name, IReadOnlyList<FieldChange> changes, PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(changes);
        return PbxChangeCard.Build(context, context.Say(Subject, name), context.Say(UpdatedTitle, name), context.Say(UpdatedText, changes.Count),
            [(context.Say(FactName), name), .. FieldChangeParts.Facts(context, changes)], pbx);
    }

    /// <param name="refusal">Why the rules refuse the deletion and how to get there: then the card offers no delete button.</param>
    public static AdaptiveCard ConfirmDelete(CardContext context, string name, bool hasOfficeHours, string? refusal, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(DeleteTitle, name);
        if (refusal is not null)
        {
            return context.Card(title,
            [
                CardLayout.Header(title, null),
                new TextBlock(refusal) { Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder },
                CardActions.Row(context,
                [
                    new CardButton(context.Say(CardText.Back), CardVerbs.Back) { SubmitsInputs = false },
                    new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false },
                ]),
            ]);
        }
        return context.Card(title,
        [
            CardLayout.Header(title, null),
            .. WizardCardParts.FormErrors(errors),
            new TextBlock(context.Say(DeleteWarning, name)) { Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder },
            CardLayout.Review(context, [(context.Say(GoesHours), context.Say(hasOfficeHours ? HoursDefined : HoursNone))]),
            CardActions.Row(context,
            [
                new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false },
                new CardButton(context.Say(DeleteButton), CardVerbs.Confirm) { Style = ActionStyle.Destructive },
            ]),
        ]);
    }

    public static AdaptiveCard Deleted(CardContext context, string name, PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PbxChangeCard.Build(context, context.Say(Subject, name), context.Say(DeletedTitle, name), context.Say(DeletedText, name), [(context.Say(FactName), name)], pbx);
    }

}
