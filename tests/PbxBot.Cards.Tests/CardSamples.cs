using System.Text.Json.Nodes;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Tests;

/// <summary>A card the bot can send, drawn in one situation, named so a failure says which.</summary>
public sealed record CardSample(string Name, Func<AdaptiveCard> Build)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every card the bot can send, in both languages, for both kinds of client, with and without optional parts.
/// The renderer checks them all (<see cref="AllCardsPassTheRenderer"/>) and so do the kit's promises
/// (<see cref="EveryCardKeepsTheKitPromises"/>). Add a card's samples here when writing its builder.
/// </summary>
public static class CardSamples
{
    public static IReadOnlyList<CardSample> All { get; } = [.. Kit(), .. Builders()];

    public static TheoryData<string> Names => new(All.Select(s => s.Name));

    public static AdaptiveCard Build(string name) => All.Single(s => s.Name == name).Build();

    /// <summary>Every pairing of language and client: French and English, Teams and Web Chat.</summary>
    public static IEnumerable<(string Suffix, CardContext Context)> Contexts()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            yield return ($"{language.Code()}/teams", new CardContext(language, UniversalActions: true));
            yield return ($"{language.Code()}/webchat", new CardContext(language, UniversalActions: false));
        }
    }

    private static IEnumerable<CardSample> Builders()
    {
        foreach (var (suffix, context) in Contexts())
        {
            yield return new($"help/{suffix}", () => HelpCard.Build(context, SampleHelpEntries));
            yield return new($"help-nothing-allowed-custom-title/{suffix}", () => HelpCard.Build(
                context, [], title: new Text("Aide", "Help"), intro: new Text("Rien pour l'instant.", "Nothing yet.")));
            yield return new($"access-denied/{suffix}", () => AccessDeniedCard.Build(context, "6f1c2e5a-8d3b-4a7e-9c10-2b4d6e8f0a13"));
            yield return new($"access-denied-named/{suffix}", () => AccessDeniedCard.Build(
                context, "6f1c2e5a-8d3b-4a7e-9c10-2b4d6e8f0a13", userName: "Camille Martin", pbxName: "Acme Lyon"));
            foreach (var tone in Enum.GetValues<NoticeTone>())
            {
                yield return new($"notice-{tone.ToString().ToLowerInvariant()}/{suffix}", () => NoticeCard.Build(
                    context, tone, "Poste 104 créé", "Un e-mail de bienvenue part vers camille.martin@acme.fr."));
            }
            foreach (var state in Enum.GetValues<PbxApplyState>())
            {
                foreach (var demo in new[] { false, true })
                {
                    var view = new PbxStatusView(state, "c0ffee", demo)
                    {
                        At = new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero),
                        Reason = state == PbxApplyState.Refused ? "Number: WARNINGS.XAPI.ALREADY_IN_USE" : "503 Service Unavailable",
                        FieldLabel = state == PbxApplyState.Refused ? "Numéro d'extension" : null,
                    };
                    yield return new($"pbx-change-{state.ToString().ToLowerInvariant()}{(demo ? "-demo" : "")}/{suffix}", () => ExtensionCards.Created(
                        context, "104", "Camille Martin", "Support", "+33478000004", demo ? null : "camille.martin@acme.fr", Role.Users, view));
                }
            }
            foreach (var sample in ChangeCards(suffix, context))
            {
                yield return sample;
            }
            foreach (var sample in ImportSamples(suffix, context))
            {
                yield return sample;
            }
            foreach (var sample in HistoryCardSamples(suffix, context))
            {
                yield return sample;
            }
            yield return new($"notice-with-facts-and-buttons/{suffix}", () => NoticeCard.Build(
                context,
                NoticeTone.Success,
                "Extension 104 created",
                "A welcome e-mail is on its way.",
                facts: [("Extension", "104"), ("DID", "+33 4 78 00 00 04"), ("E-mail", null)],
                buttons:
                [
                    new CardButton("New extension", "extension.new") { Style = ActionStyle.Positive },
                    new CardButton("Done", "done") { SubmitsInputs = false, Data = new JsonObject { [CardDataKeys.Wizard] = "w-1" } },
                ]));
        }
    }

    private static IEnumerable<CardSample> Kit()
    {
        foreach (var (suffix, context) in Contexts())
        {
            yield return new($"kit-form/{suffix}", () => KitForm(context, errors: null));
            yield return new($"kit-form-with-errors/{suffix}", () => KitForm(context, new Dictionary<string, string>
            {
                ["number"] = "Le numéro 112 est un numéro d'urgence.",
                ["email"] = "Adresse e-mail invalide.",
                ["department"] = "Choisissez un département.",
            }));
            yield return new($"kit-review/{suffix}", () => KitReview(context));
        }
        yield return new("model-every-element-and-action", EveryElementAndAction);
    }

    private static readonly IReadOnlyList<HelpEntry> SampleHelpEntries =
    [
        new(new("Nouveau poste", "New extension"), new("Créer un utilisateur 3CX avec son numéro et son SDA.", "Create a 3CX user with their number and DID."), "extension.new"),
        new(new("Nouveau département", "New department"), new("Créer un département et ses membres.", "Create a department and its members."), "department.new")
        {
            ButtonTitle = new("Créer", "Create"),
        },
        new(new("Horaires", "Office hours"), new("Changer les horaires d'ouverture d'un département.", "Change a department's office hours."), "officehours.edit")
        {
            Data = new JsonObject { ["pbx"] = "acme-lyon" },
        },
    ];

    /// <summary>A wizard step drawn with the kit: header, sections, every kind of field, hints, the button row.</summary>
    private static AdaptiveCard KitForm(CardContext context, IReadOnlyDictionary<string, string>? errors)
    {
        var data = new JsonObject { [CardDataKeys.Wizard] = "3f2a", [CardDataKeys.Step] = 2 };
        return context.Card("Nouveau poste",
        [
            CardLayout.Header("Nouveau poste", "Étape 1 sur 3"),
            CardLayout.SectionHeader("Identité"),
            CardForm.Field(new TextInput("number") { Label = "Numéro", IsRequired = true, ErrorMessage = "Numéro requis", Value = "112", Regex = "^[0-9]{2,6}$", MaxLength = 6 }, errors),
            CardForm.Hint("Premier numéro libre du plan de numérotation : 104."),
            CardForm.Field(new TextInput("firstName") { Label = "Prénom", IsRequired = true, ErrorMessage = "Prénom requis" }, errors),
            CardForm.Field(new TextInput("email") { Label = "E-mail", Style = TextInputStyle.Email, Placeholder = "prenom.nom@exemple.fr" }, errors),
            CardForm.Field(new TextInput("mobile") { Label = "Mobile", Style = TextInputStyle.Tel }, errors),
            CardLayout.SectionHeader("Rattachement"),
            CardForm.Field(new ChoiceSetInput("department")
            {
                Label = "Département",
                IsRequired = true,
                ErrorMessage = "Choisissez un département",
                Style = ChoiceInputStyle.Filtered,
                Choices = [new("Ventes", "ventes"), new("Support", "support")],
            }, errors),
            CardForm.Field(new ChoiceSetInput("role")
            {
                Label = "Rôle",
                Style = ChoiceInputStyle.Expanded,
                Value = "users",
                Choices = Roles.AssignableBy(Role.SystemAdmins).Select(r => new Choice(context.Say(r.Label()), r.RoleName())).ToArray(),
            }, errors),
            CardForm.Field(new ToggleInput("require2fa", "Exiger la double authentification") { Label = "Sécurité", Value = ToggleInput.ValueOf(false) }, errors),
            CardForm.Field(new NumberInput("ringSeconds") { Label = "Sonnerie (s)", Min = 5, Max = 120, Value = 20 }, errors),
            CardForm.Field(new DateInput("holiday") { Label = "Fermeture", Min = new DateOnly(2026, 1, 1), Value = new DateOnly(2026, 12, 25) }, errors),
            CardForm.Field(new TimeInput("opens") { Label = "Ouverture", IsRequired = true, ErrorMessage = "Heure requise", Value = new TimeOnly(8, 30), Min = new TimeOnly(6, 0), Max = new TimeOnly(22, 0) }, errors),
            new ButtonRow { Data = data, ShowBack = false }.For(context),
        ]);
    }

    private static AdaptiveCard KitReview(CardContext context) => context.Card("Vérifiez",
    [
        CardLayout.Header("Vérifiez avant d'enregistrer"),
        CardLayout.Review(context, ("Numéro", "104"), ("Nom", "Camille Martin"), ("E-mail", null), ("Rôle", context.Say(Role.Managers.Label()))),
        new ButtonRow { Data = new JsonObject { [CardDataKeys.Wizard] = "3f2a", [CardDataKeys.Step] = 4 }, IsReview = true }.For(context),
    ]);

    /// <summary>Every type and enumerated property of the model at least once, so the renderer vouches for the whole model.</summary>
    private static AdaptiveCard EveryElementAndAction() => new()
    {
        Lang = "en",
        FallbackText = "Everything",
        Refresh = new Refresh(new ExecuteAction { Verb = "refresh", Data = new JsonObject { ["request"] = "r-9" } }) { UserIds = ["29:1abc"] },
        Body =
        [
            new TextBlock("Heading") { Style = TextBlockStyle.Heading, Size = TextSize.ExtraLarge, Weight = TextWeight.Lighter, Color = TextColor.Accent, FontType = FontType.Monospace, HorizontalAlignment = HorizontalAlignment.Center, MaxLines = 2, Wrap = true, Spacing = Spacing.ExtraLarge, Separator = true },
            new TextBlock("Subtle") { Color = TextColor.Dark, IsSubtle = true, Spacing = Spacing.Padding },
            new TextBlock("Light") { Color = TextColor.Light, Size = TextSize.Default, Weight = TextWeight.Default, Spacing = Spacing.Default },
            new RichTextBlock
            {
                HorizontalAlignment = HorizontalAlignment.Right,
                Inlines =
                [
                    new TextRun("rich ") { Italic = true, Underline = true, Color = TextColor.Good },
                    new TextRun("text") { Strikethrough = true, Highlight = true, Weight = TextWeight.Bolder, Size = TextSize.Large, FontType = FontType.Default, IsSubtle = false },
                ],
            },
            new Container
            {
                Id = "details",
                IsVisible = false,
                Style = ContainerStyle.Warning,
                Bleed = true,
                VerticalContentAlignment = VerticalAlignment.Bottom,
                Items = [new TextBlock("Hidden details") { Color = TextColor.Warning }],
            },
            new ColumnSet
            {
                Style = ContainerStyle.Default,
                HorizontalAlignment = HorizontalAlignment.Left,
                Columns =
                [
                    new Column { Width = ColumnWidth.Auto, Items = [new Image(new Uri("https://adaptivecards.io/content/cats/1.png")) { AltText = "A cat", Size = ImageSize.Small, Style = ImageStyle.Person }] },
                    new Column { Width = ColumnWidth.Pixels(80), Style = ContainerStyle.Good, VerticalContentAlignment = VerticalAlignment.Center, Items = [new TextBlock("80px")] },
                    new Column { Width = ColumnWidth.Stretch, Separator = true, Spacing = Spacing.Medium, Items = [new TextBlock("Stretch")] },
                ],
            },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Weighted(1), Style = ContainerStyle.Attention, Items = [new TextBlock("1")] },
                    new Column { Width = ColumnWidth.Weighted(2), Style = ContainerStyle.Accent, Bleed = true, Items = [new TextBlock("2")] },
                ],
            },
            new Container { Style = ContainerStyle.Emphasis, Items = [new FactSet { Facts = [new("Extension", "104")] }] },
            new Image(new Uri("https://adaptivecards.io/content/cats/2.png")) { AltText = "Another cat", Size = ImageSize.Medium, HorizontalAlignment = HorizontalAlignment.Center },
            new Image(new Uri("https://adaptivecards.io/content/cats/3.png")) { AltText = "Cats", Size = ImageSize.Stretch, Style = ImageStyle.Default },
            new Image(new Uri("https://adaptivecards.io/content/cats/1.png")) { AltText = "Big", Size = ImageSize.Large },
            new Image(new Uri("https://adaptivecards.io/content/cats/2.png")) { AltText = "Auto", Size = ImageSize.Auto },
            new TextInput("url") { Label = "Site", Style = TextInputStyle.Url, Spacing = Spacing.Small },
            new TextInput("notes") { Label = "Notes", Style = TextInputStyle.Text, IsMultiline = true, Spacing = Spacing.None },
            new ChoiceSetInput("days") { Label = "Jours", IsMultiSelect = true, Style = ChoiceInputStyle.Compact, Value = "mon,tue", Wrap = true, Placeholder = "Jours", Choices = [new("Lundi", "mon"), new("Mardi", "tue")] },
            new ToggleInput("weekend", "Ouvert le week-end") { Label = "Week-end", ValueOn = "open", ValueOff = "closed", Value = "closed", Wrap = true, IsVisible = true },
            new ActionSet
            {
                HorizontalAlignment = HorizontalAlignment.Center,
                Actions =
                [
                    new ToggleVisibilityAction { Title = "Details", TargetElements = [new("details"), new("weekend") { IsVisible = true }] },
                    new SubmitAction { Title = "Delete", Style = ActionStyle.Destructive, Data = new JsonObject { ["verb"] = "delete" }, AssociatedInputs = AssociatedInputs.None },
                ],
            },
        ],
        Actions =
        [
            new OpenUrlAction(new Uri("https://www.3cx.com/docs/")) { Title = "3CX docs", Tooltip = "Opens the 3CX manual" },
            new ShowCardAction(new AdaptiveCard { MsTeams = null, Body = [new TextBlock("Nested") { Wrap = true }] }) { Title = "More", Style = ActionStyle.Default },
            new ExecuteAction
            {
                Id = "approve",
                Title = "Approve",
                Verb = "approve",
                Style = ActionStyle.Positive,
                AssociatedInputs = AssociatedInputs.Auto,
                Fallback = new SubmitAction { Title = "Approve", Data = new JsonObject { ["verb"] = "approve" } },
            },
        ],
    };

    /// <summary>Bulk import and export: the columns and template, the preview with its errors, the progress and the summary.</summary>
    private static IEnumerable<CardSample> ImportSamples(string suffix, CardContext context)
    {
        var link = new Uri("https://bot.acme.fr/files/acme-lyon/0123456789abcdef0123456789abcdef");
        ImportColumnView[] columns = [new("Numéro / Number", "vide : le prochain numéro libre", false), new("Prénom / FirstName", "prénom", true)];
        ImportRowView[] refused =
        [
            new(4, "112", "Victor Hugo", ["Numéro d'extension : Le 112 est un numéro d'urgence : il ne peut pas être une extension."]),
            new(5, "251", "George Sand", ["Adresse e-mail : « george.sand@ » n'est pas une adresse e-mail valide.", "Rôle : Vous ne pouvez pas attribuer le rôle « Administrateur système »."]),
        ];
        ImportRowView[] toCreate = [new(2, "103", "Émile Zola · Ventes", []), new(3, "250", "Jules Verne · Support", [])];
        yield return new($"import-intro/{suffix}", () => ImportCards.Intro(context, columns, 2000, "2 Mo", link));
        yield return new($"import-preview/{suffix}", () => ImportCards.Preview(context, new ImportPreviewView("job1", "acme-lyon", "équipe.csv", 120, 14, 2, 3, refused, toCreate, link)));
        yield return new($"import-preview-nothing/{suffix}", () => ImportCards.Preview(context, new ImportPreviewView("job1", "acme-lyon", "équipe.csv", 0, 2, 0, 0, refused, [], link)));
        yield return new($"import-progress/{suffix}", () => ImportCards.Progress(context, new ImportProgressView("équipe.csv", 42, 120, [], Finished: false)));
        yield return new($"import-summary/{suffix}", () => ImportCards.Progress(context, new ImportProgressView("équipe.csv", 119, 120, [new(7, "160", "", ["Le numéro 160 a été pris entre l'aperçu et la création."])], Finished: true)));
        yield return new($"export/{suffix}", () => ImportCards.Export(context, 503, link));
    }

    /// <summary>« historique de 104 » and « journal »: a first page, a middle one, a journal page naming each target, an empty history.</summary>
    private static IEnumerable<CardSample> HistoryCardSamples(string suffix, CardContext context)
    {
        HistoryItem[] items =
        [
            new("03/12/2026 10:42", "Alice Admin", "Extension modifiée", null, [new("Nom", "Martin", "Martin-Durand"), new("Numéro SDA", "+33478000004", null)]),
            new("02/12/2026 09:15", "3CX (sync)", "Modifiée sur la console 3CX", null, [new("Mobile", null, "+33612345678")]),
            new("01/12/2026 08:00", "Olivia Owner", "Extension créée", null, [new("Prénom", null, "Camille"), new("Nom", null, "Martin")]),
        ];
        var data = new JsonObject { ["argument"] = "104", ["asOf"] = "2026-12-03T10:42:00.0000000+00:00" };
        yield return new($"history-first-page/{suffix}", () => HistoryCards.Page(context, new HistoryView("Historique de 104 Camille Martin", "heures de Europe/Paris", items, 0, HasOlder: true, HasNewer: false, data)));
        yield return new($"history-middle-page/{suffix}", () => HistoryCards.Page(context, new HistoryView("Historique de 104 Camille Martin", "heures en UTC", items, 1, HasOlder: true, HasNewer: true, data)));
        yield return new($"history-journal/{suffix}", () => HistoryCards.Page(context, new HistoryView("Journal des modifications", "heures en UTC",
            [items[0] with { About = "104 Camille Martin" }, new("01/12/2026 07:55", "Olivia Owner", "Département modifié", "Ventes", [new("Membre 104 Camille Martin", null, "Utilisateur")])],
            2, HasOlder: false, HasNewer: true, new JsonObject { ["asOf"] = "2026-12-03T10:42:00.0000000+00:00" })));
        yield return new($"history-empty/{suffix}", () => HistoryCards.Page(context, new HistoryView("Historique de 105", "heures en UTC", [], 0, false, false, new JsonObject())
            { EmptyText = "Aucune modification enregistrée pour 105." }));
    }

    /// <summary>Modifying and deleting extensions and departments: the forms prefilled, the reviews of what changes, the outcomes.</summary>
    private static IEnumerable<CardSample> ChangeCards(string suffix, CardContext context)
    {
        var applied = new PbxStatusView(PbxApplyState.Applied, "c0ffee", false) { At = new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero) };
        var values = new ExtensionFormValues("104", "Camille", "Martin", "camille.martin@acme.fr", "+33612345678", "support", "users", false, "+33478000004");
        var options = new ExtensionFormOptions([new Choice("Support", "support"), new Choice("Ventes", "ventes")], [Role.Users, Role.Managers], ["+33478000004", "+33478000005"], "Acme Lyon");
        FieldChange[] extensionChanges = [new("Nom", "Martin", "Martin-Durand"), new("Numéro SDA", "+33478000004", null)];
        FieldChange[] departmentChanges = [new("Nom du département", "Ventes", "Commercial"), new("Membre 104 Camille Martin", null, "Utilisateur"), new("Membre 105 Jean Dupont", "Manager", "Utilisateur")];
        var noErrors = new Dictionary<string, string>();
        var department = new DepartmentFormValues("Ventes", "fr-FR", true, "Nothing", [new MemberView("104", "Camille Martin", "users")], null, []);
        yield return new($"extension-edit/{suffix}", () => ExtensionChangeCards.Edit(context, "104", "Camille Martin", values, options, noErrors, new Dictionary<string, string>()));
        yield return new($"extension-edit-review/{suffix}", () => ExtensionChangeCards.Review(context, "104", "Camille Martin", extensionChanges, offerResend: true, new Dictionary<string, string>()));
        yield return new($"extension-edit-review-nothing/{suffix}", () => ExtensionChangeCards.Review(context, "104", "Camille Martin", [], offerResend: false, new Dictionary<string, string>()));
        yield return new($"extension-updated/{suffix}", () => ExtensionChangeCards.Updated(context, "104", "Camille Martin", extensionChanges, applied));
        yield return new($"extension-delete/{suffix}", () => ExtensionChangeCards.ConfirmDelete(context, "104", "Camille Martin", "+33478000004", ["Support", "Ventes"],
            new Dictionary<string, string> { [ExtensionChangeCards.KeyTypedNumber] = "Tapez 104." }));
        yield return new($"extension-deleted/{suffix}", () => ExtensionChangeCards.Deleted(context, "104", "Camille Martin", applied));
        yield return new($"department-pick/{suffix}", () => DepartmentChangeCards.Pick(context, [new("support", "Support", 3), new("ventes", "Ventes", 0)], "ventes", forDeletion: false, noErrors));
        yield return new($"department-pick-delete/{suffix}", () => DepartmentChangeCards.Pick(context, [new("ventes", "Ventes", 0)], null, forDeletion: true,
            new Dictionary<string, string> { [DepartmentChangeCards.KeyDepartment] = "Aucun département « compta »." }));
        yield return new($"department-edit-settings/{suffix}", () => DepartmentCards.Settings(context, department, noErrors, DepartmentChangeCards.Title(context, "Ventes")));
        yield return new($"department-edit-members/{suffix}", () => DepartmentCards.Members(context, department, [Role.Users, Role.Managers], noErrors, DepartmentChangeCards.Title(context, "Ventes")));
        yield return new($"department-edit-review/{suffix}", () => DepartmentChangeCards.Review(context, "Ventes", departmentChanges, noErrors));
        yield return new($"department-edit-review-nothing/{suffix}", () => DepartmentChangeCards.Review(context, "Ventes", [], noErrors));
        yield return new($"department-updated/{suffix}", () => DepartmentChangeCards.Updated(context, "Commercial", departmentChanges, applied));
        yield return new($"department-delete/{suffix}", () => DepartmentChangeCards.ConfirmDelete(context, "Ventes", hasOfficeHours: true, refusal: null, noErrors));
        yield return new($"department-delete-refused/{suffix}", () => DepartmentChangeCards.ConfirmDelete(context, "Ventes", hasOfficeHours: false,
            "Le département « Ventes » a encore 2 membre(s) : retirez-les ou déplacez-les d'abord.", noErrors));
        yield return new($"department-deleted/{suffix}", () => DepartmentChangeCards.Deleted(context, "Ventes", applied));
    }
}
