using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>What the extension cards show, as typed so far (raw text: the rules service normalises it).</summary>
public sealed record ExtensionFormValues(
    string? Number, string? FirstName, string? LastName, string? Email, string? Mobile,
    string? Department, string Role, bool Require2FA, string? Did, bool NumberAtApproval = false, string? Reason = null);

/// <summary>The choices the operator is offered: their departments, the roles below theirs, the free DIDs.</summary>
public sealed record ExtensionFormOptions(IReadOnlyList<Choice> Departments, IReadOnlyList<Role> Roles, IReadOnlyList<string> FreeDids, string PbxName);

/// <summary>An admin creates; a manager requests (number may be left to the approval, and a reason is asked).</summary>
public enum ExtensionCardMode
{
    Create,
    Request,
}

/// <summary>
/// The cards of seed 000, steps 3 to 8: the number and who the user is; where they sit (department, role,
/// 2FA, DID); the review; the confirmation.
/// </summary>
public static class ExtensionCards
{
    private static readonly Text CreateTitle = new("Nouvelle extension", "New extension");
    private static readonly Text RequestTitle = new("Demande d'extension", "Extension request");
    private static readonly Text Step1 = new("Étape 1/3 — numéro et identité ({0})", "Step 1/3 — number and identity ({0})");
    private static readonly Text Step2 = new("Étape 2/3 — département, rôle, sécurité, SDA", "Step 2/3 — department, role, security, DID");
    private static readonly Text Step3 = new("Étape 3/3 — vérifiez puis confirmez", "Step 3/3 — check, then confirm");
    private static readonly Text NumberLabel = new("Numéro d'extension", "Extension number");
    private static readonly Text NumberHint = new(
        "Le prochain numéro libre est proposé ; vous pouvez en choisir un autre du plan de numérotation. Les numéros d'urgence (15, 17, 18, 112, 911…) sont refusés.",
        "The next free number is suggested; you may pick another one of the dial plan. Emergency numbers (15, 17, 18, 112, 911…) are refused.");
    private static readonly Text NumberRequired = new("Indiquez un numéro.", "Enter a number.");
    private static readonly Text NumberAtApprovalLabel = new("Prendre le premier numéro libre au moment de l'approbation", "Use the first free number when approved");
    private static readonly Text FirstNameLabel = new("Prénom", "First name");
    private static readonly Text FirstNameRequired = new("Le prénom est obligatoire.", "The first name is required.");
    private static readonly Text LastNameLabel = new("Nom", "Last name");
    private static readonly Text LastNameRequired = new("Le nom est obligatoire.", "The last name is required.");
    private static readonly Text EmailLabel = new("Adresse e-mail (recommandée)", "E-mail address (recommended)");
    private static readonly Text EmailHint = new(
        "Sans adresse e-mail, aucun e-mail de bienvenue avec les identifiants ne sera envoyé.",
        "Without an e-mail address, no welcome e-mail with the credentials is sent.");
    private static readonly Text MobileLabel = new("Mobile (facultatif)", "Mobile (optional)");
    private static readonly Text MobileHint = new("Format national ou international, ex. 06 12 34 56 78.", "National or international format, e.g. +44 7700 900123.");
    private static readonly Text DepartmentLabel = new("Département", "Department");
    private static readonly Text DepartmentRequired = new("Choisissez un département.", "Choose a department.");
    private static readonly Text RoleLabel = new("Rôle", "Role");
    private static readonly Text RoleRequired = new("Choisissez un rôle.", "Choose a role.");
    private static readonly Text RoleHint = new("Seuls les rôles inférieurs au vôtre sont proposés.", "Only roles below your own are offered.");
    private static readonly Text TwoFaLabel = new("Exiger la double authentification (2FA)", "Require two-factor authentication (2FA)");
    private static readonly Text TwoFaHint = new(
        "Désactivée par défaut pour que l'utilisateur ne soit pas bloqué par un code 2FA dès sa première connexion ; elle pourra être réactivée ensuite.",
        "Off by default so the user is not blocked by a 2FA code at their first sign-in; it can be turned on later.");
    private static readonly Text DidLabel = new("Numéro SDA (numéro direct)", "DID (direct number)");
    private static readonly Text DidNone = new("Aucun", "None");
    private static readonly Text DidHint = new(
        "Le SDA sert d'identifiant d'appel sortant ; le mobile reste un complément.",
        "The DID is used as outbound caller ID; the mobile stays a complement.");
    private static readonly Text ReasonLabel = new("Motif de la demande", "Reason for the request");
    private static readonly Text ReasonRequired = new("Expliquez pourquoi cette extension est nécessaire.", "Explain why this extension is needed.");
    private static readonly Text FactNumber = new("Numéro", "Number");
    private static readonly Text FactName = new("Nom", "Name");
    private static readonly Text Fact2fa = new("2FA", "2FA");
    private static readonly Text FactDid = new("SDA (appel sortant)", "DID (outbound caller ID)");
    private static readonly Text FactReason = new("Motif", "Reason");
    private static readonly Text FirstFreeAtApproval = new("premier libre à l'approbation", "first free when approved");
    private static readonly Text On = new("activée", "on");
    private static readonly Text Off = new("désactivée", "off");
    private static readonly Text ReviewSubmit = new("Envoyer la demande", "Send the request");
    private static readonly Text CreatedTitle = new("Extension {0} créée", "Extension {0} created");
    private static readonly Text CreatedText = new("{0} peut maintenant utiliser le poste {1}.", "{0} can now use extension {1}.");
    private static readonly Text WelcomeQueued = new("E-mail de bienvenue en file d'attente pour {0} : il part dans un instant.", "Welcome e-mail to {0} queued: it leaves in a moment.");
    private static readonly Text NoWelcome = new("Pas d'adresse e-mail : aucun e-mail de bienvenue ne sera envoyé.", "No e-mail address: no welcome e-mail will be sent.");
    private static readonly Text FactWelcome = new("E-mail de bienvenue", "Welcome e-mail");
    private static readonly Text Subject = new("Extension {0}", "Extension {0}");
    private static readonly Text WelcomeAfterPbx = new(
        "Envoyé à {0} dès que le PBX aura créé l'extension.",
        "Sent to {0} as soon as the PBX has created the extension.");

    public static AdaptiveCard Identity(CardContext context, ExtensionFormValues v, ExtensionFormOptions o,
        IReadOnlyDictionary<string, string> errors, IReadOnlyDictionary<string, string> warnings, ExtensionCardMode mode)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = Title(context, mode);
        List<CardElement> body = [CardLayout.Header(title, context.Say(Step1, o.PbxName)), .. WizardCardParts.FormErrors(errors)];
        if (mode == ExtensionCardMode.Request)
        {
            body.Add(CardForm.Field(new ToggleInput("numberAtApproval", context.Say(NumberAtApprovalLabel))
            {
                Label = context.Say(NumberLabel),
                Value = ToggleInput.ValueOf(v.NumberAtApproval),
                Wrap = true,
            }, errors));
        }
        body.Add(CardForm.Field(new TextInput("number")
        {
            Label = context.Say(NumberLabel),
            Value = v.Number,
            IsRequired = mode == ExtensionCardMode.Create,
            ErrorMessage = context.Say(NumberRequired),
            Regex = "^[0-9]+$",
            MaxLength = 10,
        }, errors));
        body.Add(CardForm.Hint(context.Say(NumberHint)));
        body.AddRange(IdentityFields(context, v, errors, warnings));
        body.Add(new ButtonRow { ShowBack = false }.For(context));
        return context.Card(title, body);
    }

    /// <summary>Who the user is, without the number: names, e-mail, mobile (the creation's first card, and the edit card).</summary>
    public static IEnumerable<CardElement> IdentityFields(CardContext context, ExtensionFormValues v, IReadOnlyDictionary<string, string> errors,
        IReadOnlyDictionary<string, string> warnings)
    {
        ArgumentNullException.ThrowIfNull(context);
        yield return new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Stretch, Items = [CardForm.Field(new TextInput("firstName") { Label = context.Say(FirstNameLabel), Value = v.FirstName, IsRequired = true, ErrorMessage = context.Say(FirstNameRequired), MaxLength = 64 }, errors)] },
                new Column { Width = ColumnWidth.Stretch, Items = [CardForm.Field(new TextInput("lastName") { Label = context.Say(LastNameLabel), Value = v.LastName, IsRequired = true, ErrorMessage = context.Say(LastNameRequired), MaxLength = 64 }, errors)] },
            ],
        };
        yield return CardForm.Field(new TextInput("email") { Label = context.Say(EmailLabel), Value = v.Email, Style = TextInputStyle.Email, MaxLength = 254 }, errors);
        yield return CardForm.Hint(warnings.TryGetValue("email", out var w) ? w : context.Say(EmailHint));
        yield return CardForm.Field(new TextInput("mobile") { Label = context.Say(MobileLabel), Value = v.Mobile, Style = TextInputStyle.Tel, MaxLength = 32 }, errors);
        yield return CardForm.Hint(context.Say(MobileHint));
    }

    /// <summary>
    /// The value of the "no DID" choice. Not "": a choice whose value is empty makes Web Chat render the whole card
    /// blank, and a placeholder alone would let nobody go back to "none" once a DID is picked.
    /// </summary>
    public const string NoDid = "none";

    // Without any DID to offer there is nothing to choose (an empty choice set is not a valid card).
    private static IEnumerable<CardElement> DidField(CardContext context, ExtensionFormValues v, ExtensionFormOptions o, IReadOnlyDictionary<string, string> errors)
    {
        Choice[] dids = [.. o.FreeDids.Concat(v.Did is null || o.FreeDids.Contains(v.Did) ? [] : [v.Did]).Select(d => new Choice(d, d))];
        if (dids.Length == 0)
        {
            yield break;
        }
        yield return CardForm.Field(new ChoiceSetInput("did")
        {
            Label = context.Say(DidLabel),
            Choices = [new Choice(context.Say(DidNone), NoDid), .. dids],
            Value = v.Did ?? NoDid,
            Style = ChoiceInputStyle.Compact,
        }, errors);
        yield return CardForm.Hint(context.Say(DidHint));
    }

    public static AdaptiveCard Placement(CardContext context, ExtensionFormValues v, ExtensionFormOptions o,
        IReadOnlyDictionary<string, string> errors, IReadOnlyDictionary<string, string> warnings, ExtensionCardMode mode)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = Title(context, mode);
        List<CardElement> body =
        [
            CardLayout.Header(title, context.Say(Step2)),
            .. WizardCardParts.FormErrors(errors),
            .. PlacementFields(context, v, o, errors),
        ];
        if (mode == ExtensionCardMode.Request)
        {
            body.Add(CardForm.Field(new TextInput("reason") { Label = context.Say(ReasonLabel), Value = v.Reason, IsMultiline = true, IsRequired = true, ErrorMessage = context.Say(ReasonRequired), MaxLength = 500 }, errors));
        }
        body.AddRange(WizardCardParts.Warnings(warnings));
        body.Add(new ButtonRow().For(context));
        return context.Card(title, body);
    }

    /// <summary>Where the user sits: department, role, 2FA, DID (the creation's second card, and the edit card).</summary>
    public static IEnumerable<CardElement> PlacementFields(CardContext context, ExtensionFormValues v, ExtensionFormOptions o, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(o);
        return
        [
            CardForm.Field(new ChoiceSetInput("department")
            {
                Label = context.Say(DepartmentLabel),
                Choices = o.Departments,
                Value = v.Department,
                IsRequired = true,
                ErrorMessage = context.Say(DepartmentRequired),
                Style = ChoiceInputStyle.Compact,
            }, errors),
            CardForm.Field(new ChoiceSetInput("role")
            {
                Label = context.Say(RoleLabel),
                Choices = o.Roles.Select(r => new Choice(context.Say(r.Label()), r.RoleName())).ToArray(),
                Value = v.Role,
                IsRequired = true,
                ErrorMessage = context.Say(RoleRequired),
                Style = ChoiceInputStyle.Compact,
            }, errors),
            CardForm.Hint(context.Say(RoleHint)),
            CardForm.Field(new ToggleInput("require2fa", context.Say(TwoFaLabel)) { Label = "2FA", Value = ToggleInput.ValueOf(v.Require2FA), Wrap = true }, errors),
            CardForm.Hint(context.Say(TwoFaHint)),
            .. DidField(context, v, o, errors),
        ];
    }

    public static AdaptiveCard Review(CardContext context, ExtensionFormValues v, ExtensionFormOptions o, IReadOnlyDictionary<string, string> warnings, ExtensionCardMode mode)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = Title(context, mode);
        var department = o.Departments.FirstOrDefault(d => d.Value == v.Department)?.Title ?? v.Department;
        var role = Roles.TryParse(v.Role, out var r) ? context.Say(r.Label()) : v.Role;
        List<(string, string?)> facts =
        [
            (context.Say(FactNumber), v.NumberAtApproval ? context.Say(FirstFreeAtApproval) : v.Number),
            (context.Say(FactName), $"{v.FirstName} {v.LastName}".Trim()),
            (context.Say(EmailLabel), v.Email),
            (context.Say(MobileLabel), v.Mobile),
            (context.Say(DepartmentLabel), department),
            (context.Say(RoleLabel), role),
            (context.Say(Fact2fa), context.Say(v.Require2FA ? On : Off)),
            (context.Say(FactDid), v.Did),
        ];
        if (mode == ExtensionCardMode.Request)
        {
            facts.Add((context.Say(FactReason), v.Reason));
        }
        List<CardElement> body = [CardLayout.Header(title, context.Say(Step3)), CardLayout.Review(context, facts)];
        body.AddRange(WizardCardParts.Warnings(warnings));
        var row = new ButtonRow { IsReview = true }.For(context);
        if (mode == ExtensionCardMode.Request)
        {
            row = CardActions.Row(context,
            [
                new CardButton(context.Say(CardText.Back), CardVerbs.Back) { SubmitsInputs = false },
                new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false },
                new CardButton(context.Say(ReviewSubmit), CardVerbs.Confirm) { Style = ActionStyle.Positive },
            ]);
        }
        body.Add(row);
        return context.Card(title, body);
    }

    /// <summary>The answer to Confirm, updated in place as the PBX applies the new extension.</summary>
    public static AdaptiveCard Created(CardContext context, string number, string name, string departmentName, string? did, string? email, Role role, PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pbx);
        var welcome = email is null ? context.Say(NoWelcome)
            : pbx.State == PbxApplyState.Applied ? context.Say(WelcomeQueued, email)
            : context.Say(WelcomeAfterPbx, email);
        return PbxChangeCard.Build(context, context.Say(Subject, number), context.Say(CreatedTitle, number), context.Say(CreatedText, name, number),
        [
            (context.Say(FactNumber), number),
            (context.Say(FactName), name),
            (context.Say(DepartmentLabel), departmentName),
            (context.Say(RoleLabel), context.Say(role.Label())),
            (context.Say(FactDid), did),
            (context.Say(FactWelcome), welcome),
        ], pbx);
    }

    private static string Title(CardContext context, ExtensionCardMode mode) => context.Say(mode == ExtensionCardMode.Create ? CreateTitle : RequestTitle);
}
