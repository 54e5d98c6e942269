using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>What the grant card shows, as typed so far.</summary>
public sealed record GrantFormValues(string? UserId, string? DisplayName, string? Role, bool Helpdesk, IReadOnlyList<string> Departments);

/// <summary>Giving a Teams user access to a PBX: a role (below the granter's) and/or helpdesk.</summary>
public static class GrantCards
{
    private static readonly Text Title = new("Donner accès à PbxBot", "Grant access to PbxBot");
    private static readonly Text Subtitle = new("Sur {0}. Vous ne pouvez pas donner un rôle égal ou supérieur au vôtre.", "On {0}. You cannot grant a role equal to or above your own.");
    private static readonly Text UserIdLabel = new("Identifiant de l'utilisateur (Azure AD object id)", "User id (Azure AD object id)");
    private static readonly Text UserIdRequired = new("Indiquez l'identifiant de l'utilisateur.", "Enter the user's id.");
    private static readonly Text UserIdHint = new(
        "L'utilisateur le voit sur la carte « Accès non accordé » que PbxBot lui affiche.",
        "The user sees it on the \"Access not granted\" card PbxBot shows them.");
    private static readonly Text NameLabel = new("Nom affiché", "Display name");
    private static readonly Text RoleLabel = new("Rôle", "Role");
    /// <summary>
    /// The value of the "no role, helpdesk only" choice. Not "": a choice whose value is empty makes Web Chat render
    /// the whole card blank, and a placeholder alone would let nobody go back to "no role" once one is picked.
    /// </summary>
    public const string NoRoleValue = "none";

    private static readonly Text NoRole = new("Aucun (helpdesk seulement)", "None (helpdesk only)");
    private static readonly Text HelpdeskLabel = new("Helpdesk : renvoyer les e-mails de bienvenue, rechercher des utilisateurs", "Helpdesk: resend welcome e-mails, look users up");
    private static readonly Text HelpdeskFact = new("Helpdesk", "Helpdesk");
    private static readonly Text DepartmentsLabel = new("Départements (pour un manager ou un administrateur de département)", "Departments (for a manager or a department administrator)");
    private static readonly Text Yes = new("oui", "yes");
    private static readonly Text No = new("non", "no");
    private static readonly Text SavedTitle = new("Accès accordé", "Access granted");
    private static readonly Text SavedText = new("{0} peut maintenant utiliser PbxBot sur {1}.", "{0} can now use PbxBot on {1}.");

    public static AdaptiveCard Form(CardContext context, string pbxName, GrantFormValues v, IReadOnlyList<Role> roles, IReadOnlyList<Choice> departments, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(roles);
        var title = context.Say(Title);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(Subtitle, pbxName)),
            .. WizardCardParts.FormErrors(errors),
            CardForm.Field(new TextInput("userId") { Label = context.Say(UserIdLabel), Value = v.UserId, IsRequired = true, ErrorMessage = context.Say(UserIdRequired), MaxLength = 128 }, errors),
            CardForm.Hint(context.Say(UserIdHint)),
            CardForm.Field(new TextInput("displayName") { Label = context.Say(NameLabel), Value = v.DisplayName, MaxLength = 128 }, errors),
            CardForm.Field(new ChoiceSetInput("role")
            {
                Label = context.Say(RoleLabel),
                Choices = [new Choice(context.Say(NoRole), NoRoleValue), .. roles.Select(r => new Choice(context.Say(r.Label()), r.RoleName()))],
                Value = v.Role ?? NoRoleValue,
                Style = ChoiceInputStyle.Compact,
            }, errors),
            CardForm.Field(new ToggleInput("helpdesk", context.Say(HelpdeskLabel)) { Label = context.Say(HelpdeskFact), Value = ToggleInput.ValueOf(v.Helpdesk), Wrap = true }, errors),
            CardForm.Field(new ChoiceSetInput("departments")
            {
                Label = context.Say(DepartmentsLabel),
                Choices = departments,
                Value = string.Join(',', v.Departments),
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
            }, errors),
            new ButtonRow { ShowBack = false }.For(context),
        ]);
    }

    public static AdaptiveCard Review(CardContext context, string pbxName, GrantFormValues v, IReadOnlyList<Choice> departments, bool saved = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var facts = Facts(context, v, departments);
        if (saved)
        {
            return NoticeCard.Build(context, NoticeTone.Success, context.Say(SavedTitle), context.Say(SavedText, v.DisplayName ?? v.UserId ?? "", pbxName), facts);
        }
        var title = context.Say(Title);
        return context.Card(title, [CardLayout.Header(title, context.Say(Subtitle, pbxName)), CardLayout.Review(context, facts), new ButtonRow { IsReview = true }.For(context)]);
    }

    private static List<(string, string?)> Facts(CardContext context, GrantFormValues v, IReadOnlyList<Choice> departments) =>
    [
        (context.Say(UserIdLabel), v.UserId),
        (context.Say(NameLabel), v.DisplayName),
        (context.Say(RoleLabel), Roles.TryParse(v.Role, out var r) ? context.Say(r.Label()) : context.Say(NoRole)),
        (context.Say(HelpdeskFact), context.Say(v.Helpdesk ? Yes : No)),
        (context.Say(DepartmentsLabel), string.Join(", ", v.Departments.Select(d => departments.FirstOrDefault(c => c.Value == d)?.Title ?? d))),
    ];
}
