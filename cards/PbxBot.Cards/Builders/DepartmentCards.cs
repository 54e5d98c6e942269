using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>A member (or a search result): the extension and the department role it gets.</summary>
public sealed record MemberView(string Number, string Name, string Role);

/// <summary>What the department cards show, as typed so far.</summary>
public sealed record DepartmentFormValues(
    string? Name, string Language, bool Visible, string Transcription,
    IReadOnlyList<MemberView> Members, string? SearchTerm, IReadOnlyList<MemberView> SearchResults);

/// <summary>The cards of seed 001: the department's settings, its members and their roles, the review, the result.</summary>
public static class DepartmentCards
{
    private static readonly Text Title = new("Nouveau département", "New department");
    private static readonly Text Step1 = new("Étape 1/3 — nom et options", "Step 1/3 — name and options");
    private static readonly Text Step2 = new("Étape 2/3 — membres et rôles", "Step 2/3 — members and roles");
    private static readonly Text Step3 = new("Étape 3/3 — vérifiez puis confirmez", "Step 3/3 — check, then confirm");
    private static readonly Text NameLabel = new("Nom du département", "Department name");
    private static readonly Text NameRequired = new("Donnez un nom au département.", "Give the department a name.");
    private static readonly Text LanguageLabel = new("Langue des messages vocaux", "Voice-prompt language");
    private static readonly Text LanguageHint = new("Laissez en français sauf besoin spécifique.", "Leave it in French unless there is a specific need.");
    private static readonly Text VisibleLabel = new("Visible par toutes les extensions", "Visible to all extensions");
    private static readonly Text VisibleFact = new("Visibilité", "Visibility");
    private static readonly Text TranscriptionLabel = new("Transcription", "Transcription");
    private static readonly Text TranscriptionHint = new("Par défaut : pas de transcription.", "Default: no transcription.");
    private static readonly Text Nothing = new("Pas de transcription", "No transcription");
    private static readonly Text Voicemail = new("Messages vocaux", "Voicemail");
    private static readonly Text Recordings = new("Enregistrements", "Recordings");
    private static readonly Text Both = new("Messages vocaux et enregistrements", "Voicemail and recordings");
    private static readonly Text CreatorReminder = new(
        "Attention : vous n'êtes pas ajouté automatiquement à ce département. Ajoutez-vous si vous devez en faire partie.",
        "Note: you are not added to this department automatically. Add yourself if you should be a member.");
    private static readonly Text EditorReminder = new(
        "Seuls les membres listés ici font partie du département : vous n'êtes ni ajouté ni retiré automatiquement.",
        "Only the members listed here belong to the department: you are neither added nor removed automatically.");
    private static readonly Text MembersHeader = new("Membres ({0})", "Members ({0})");
    private static readonly Text NoMembers = new("Aucun membre pour l'instant.", "No members yet.");
    private static readonly Text RoleOf = new("Rôle de {0}", "Role of {0}");
    private static readonly Text Remove = new("Retirer {0}", "Remove {0}");
    private static readonly Text SearchLabel = new("Rechercher une extension (nom ou numéro)", "Find an extension (name or number)");
    private static readonly Text SearchButton = new("Rechercher", "Search");
    private static readonly Text PickLabel = new("Extensions trouvées : cochez celles à ajouter", "Extensions found: tick those to add");
    private static readonly Text PickRoleLabel = new("Rôle dans le département", "Role in the department");
    private static readonly Text AddButton = new("Ajouter la sélection", "Add selected");
    private static readonly Text Visible = new("visible par toutes les extensions", "visible to all extensions");
    private static readonly Text NotVisible = new("non visible", "not visible");
    private static readonly Text CreatedTitle = new("Département « {0} » créé", "Department “{0}” created");
    private static readonly Text Subject = new("Département « {0} »", "Department “{0}”");
    private static readonly Text CreatedText = new(
        "Pensez au département principal des utilisateurs : il définit leurs horaires de présence.",
        "Remember the users' primary department: it sets their office hours.");

    /// <param name="title">The wizard's title when it is not a creation (editing a department).</param>
    public static AdaptiveCard Settings(CardContext context, DepartmentFormValues v, IReadOnlyDictionary<string, string> errors, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        title ??= context.Say(Title);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(Step1)),
            .. WizardCardParts.FormErrors(errors),
            CardForm.Field(new TextInput("name") { Label = context.Say(NameLabel), Value = v.Name, IsRequired = true, ErrorMessage = context.Say(NameRequired), MaxLength = 64 }, errors),
            CardForm.Field(new ChoiceSetInput("language")
            {
                Label = context.Say(LanguageLabel),
                Choices = PromptLanguages.All.Select(l => new Choice(context.Say(l.Value), l.Key)).ToArray(),
                Value = v.Language,
                Style = ChoiceInputStyle.Compact,
            }, errors),
            CardForm.Hint(context.Say(LanguageHint)),
            CardForm.Field(new ToggleInput("visible", context.Say(VisibleLabel)) { Label = context.Say(VisibleFact), Value = ToggleInput.ValueOf(v.Visible), Wrap = true }, errors),
            CardForm.Field(new ChoiceSetInput("transcription")
            {
                Label = context.Say(TranscriptionLabel),
                Choices = Enum.GetValues<TranscriptionMode>().Select(m => new Choice(context.Say(Label(m)), m.ToString())).ToArray(),
                Value = v.Transcription,
                Style = ChoiceInputStyle.Compact,
            }, errors),
            CardForm.Hint(context.Say(TranscriptionHint)),
            new ButtonRow { ShowBack = false }.For(context),
        ]);
    }

    public static AdaptiveCard Members(CardContext context, DepartmentFormValues v, IReadOnlyList<Role> roles, IReadOnlyDictionary<string, string> errors,
        string? title = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(roles);
        title ??= context.Say(Title);
        var roleChoices = roles.Select(r => new Choice(context.Say(r.Label()), r.RoleName())).ToArray();
        List<CardElement> body =
        [
            CardLayout.Header($"{title} — {v.Name}", context.Say(Step2)),
            .. WizardCardParts.FormErrors(errors),
            new TextBlock(context.Say(title == context.Say(Title) ? CreatorReminder : EditorReminder)) { Color = TextColor.Warning, Wrap = true },
            CardLayout.SectionHeader(context.Say(MembersHeader, v.Members.Count)),
            .. WizardCardParts.RowError(errors, "members"),
        ];
        if (v.Members.Count == 0)
        {
            body.Add(new TextBlock(context.Say(NoMembers)) { IsSubtle = true, Wrap = true });
        }
        foreach (var m in v.Members)
        {
            body.Add(new ColumnSet
            {
                Columns =
                [
                    new Column
                    {
                        Width = ColumnWidth.Stretch,
                        Items =
                        [
                            CardForm.Field(new ChoiceSetInput($"role.{m.Number}")
                            {
                                Label = context.Say(RoleOf, $"{m.Number} — {m.Name}"),
                                Choices = roleChoices,
                                Value = m.Role,
                                Style = ChoiceInputStyle.Compact,
                            }, errors),
                        ],
                    },
                    new Column
                    {
                        Width = ColumnWidth.Auto,
                        VerticalContentAlignment = VerticalAlignment.Bottom,
                        Items =
                        [
                            CardActions.Row(context, [new CardButton(context.Say(Remove, m.Number), "remove-member") { Data = new JsonObject { ["number"] = m.Number }, SubmitsInputs = false }]),
                        ],
                    },
                ],
            });
        }
        body.Add(CardLayout.SectionHeader(context.Say(SearchButton)));
        body.Add(CardForm.Field(new TextInput("search") { Label = context.Say(SearchLabel), Value = v.SearchTerm, MaxLength = 64 }, errors));
        body.Add(CardActions.Row(context, [new CardButton(context.Say(SearchButton), "search")]));
        if (v.SearchResults.Count > 0)
        {
            body.Add(CardForm.Field(new ChoiceSetInput("pick")
            {
                Label = context.Say(PickLabel),
                Choices = v.SearchResults.Select(r => new Choice($"{r.Number} — {r.Name}", r.Number)).ToArray(),
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
            }, errors));
            body.Add(CardForm.Field(new ChoiceSetInput("pickRole")
            {
                Label = context.Say(PickRoleLabel),
                Choices = roleChoices,
                Value = Role.Users.RoleName(),
                Style = ChoiceInputStyle.Compact,
            }, errors));
            body.Add(CardActions.Row(context, [new CardButton(context.Say(AddButton), "add-members")]));
        }
        body.Add(new ButtonRow().For(context));
        return context.Card(title, body);
    }

    public static AdaptiveCard Review(CardContext context, DepartmentFormValues v, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(Title);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(Step3)),
            .. WizardCardParts.FormErrors(errors),
            CardLayout.Review(context, Facts(context, v)),
            new TextBlock(context.Say(CreatorReminder)) { Color = TextColor.Warning, Wrap = true },
            new ButtonRow { IsReview = true }.For(context),
        ]);
    }

    /// <summary>The answer to Confirm, updated in place as the PBX creates the group and adds its members.</summary>
    public static AdaptiveCard Created(CardContext context, DepartmentFormValues v, PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PbxChangeCard.Build(context, context.Say(Subject, v.Name ?? ""), context.Say(CreatedTitle, v.Name ?? ""), context.Say(CreatedText), Facts(context, v), pbx);
    }

    /// <summary>A role as the cards word it, or the raw value when it is not one.</summary>
    public static string RoleLabel(CardContext context, string role)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Roles.TryParse(role, out var r) ? context.Say(r.Label()) : role;
    }

    /// <summary>A voice-prompt language as the cards word it.</summary>
    public static string LanguageName(CardContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PromptLanguages.All.TryGetValue(language, out var l) ? context.Say(l) : language;
    }

    public static string VisibilityLabel(CardContext context, bool visible)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Say(visible ? Visible : NotVisible);
    }

    public static string TranscriptionLabelOf(CardContext context, TranscriptionMode mode)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Say(Label(mode));
    }

    private static List<(string, string?)> Facts(CardContext context, DepartmentFormValues v) =>
    [
        (context.Say(NameLabel), v.Name),
        (context.Say(LanguageLabel), PromptLanguages.All.TryGetValue(v.Language, out var l) ? context.Say(l) : v.Language),
        (context.Say(VisibleFact), context.Say(v.Visible ? Visible : NotVisible)),
        (context.Say(TranscriptionLabel), Enum.TryParse<TranscriptionMode>(v.Transcription, out var m) ? context.Say(Label(m)) : v.Transcription),
        (context.Say(MembersHeader, v.Members.Count),
            v.Members.Count == 0 ? null : string.Join(", ", v.Members.Select(x => $"{x.Number} {x.Name} ({(Roles.TryParse(x.Role, out var r) ? context.Say(r.Label()) : x.Role)})"))),
    ];

    private static Text Label(TranscriptionMode mode) => mode switch
    {
        TranscriptionMode.Voicemail => Voicemail,
        TranscriptionMode.Recordings => Recordings,
        TranscriptionMode.Both => Both,
        _ => Nothing,
    };
}
