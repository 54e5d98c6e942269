using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>Seed 001, "Département principal": the department that sets a user's office hours.</summary>
public static class PrimaryDepartmentCards
{
    private static readonly Text Title = new("Département principal", "Primary department");
    private static readonly Text Subtitle = new("{0} — {1}. Actuellement : {2}.", "{0} — {1}. Currently: {2}.");
    private static readonly Text Why = new(
        "Le département principal définit les horaires de présence de l'utilisateur (disponible, pause, DND…).",
        "The primary department sets the user's office hours (available, break, DND…).");
    private static readonly Text DepartmentLabel = new("Nouveau département principal", "New primary department");
    private static readonly Text DepartmentRequired = new("Choisissez un département.", "Choose a department.");
    private static readonly Text RoleLabel = new("Rôle dans ce département", "Role in this department");
    private static readonly Text Extension = new("Extension", "Extension");
    private static readonly Text From = new("Ancien département", "Previous department");
    private static readonly Text To = new("Nouveau département", "New department");
    private static readonly Text ReviewStep = new("Vérifiez puis confirmez", "Check, then confirm");
    private static readonly Text Subject = new("Département principal de {0}", "Primary department of {0}");
    private static readonly Text SavedText = new("{0} ({1}) a maintenant « {2} » pour département principal.", "{0} ({1}) now has \"{2}\" as primary department.");
    private static readonly Text None = new("aucun", "none");

    public static AdaptiveCard Choose(CardContext context, string number, string name, string? current, IReadOnlyList<Choice> departments, string? selected,
        IReadOnlyList<Role> roles, string role, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(Title);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(Subtitle, number, name, current ?? context.Say(None))),
            CardForm.Hint(context.Say(Why)),
            CardForm.Field(new ChoiceSetInput("department")
            {
                Label = context.Say(DepartmentLabel),
                Choices = departments,
                Value = selected,
                IsRequired = true,
                ErrorMessage = context.Say(DepartmentRequired),
                Style = ChoiceInputStyle.Compact,
            }, errors),
            CardForm.Field(new ChoiceSetInput("role")
            {
                Label = context.Say(RoleLabel),
                Choices = roles.Select(r => new Choice(context.Say(r.Label()), r.RoleName())).ToArray(),
                Value = role,
                Style = ChoiceInputStyle.Compact,
            }, errors),
            new ButtonRow().For(context),
        ]);
    }

    /// <summary>The answer to Confirm, updated in place as the PBX moves the user.</summary>
    public static AdaptiveCard Saved(CardContext context, string number, string name, string? from, string to, Role role, PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PbxChangeCard.Build(context, context.Say(Subject, number), context.Say(Title), context.Say(SavedText, name, number, to),
            [(context.Say(Extension), $"{number} — {name}"), (context.Say(From), from), (context.Say(To), to), (context.Say(RoleLabel), context.Say(role.Label()))], pbx);
    }

    public static AdaptiveCard Review(CardContext context, string number, string name, string? from, string to, Role role)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(Title);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(ReviewStep)),
            CardLayout.Review(context, [(context.Say(Extension), $"{number} — {name}"), (context.Say(From), from), (context.Say(To), to), (context.Say(RoleLabel), context.Say(role.Label()))]),
            new ButtonRow { IsReview = true }.For(context),
        ]);
    }
}
