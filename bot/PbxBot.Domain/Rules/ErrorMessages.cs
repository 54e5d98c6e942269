using System.Globalization;

namespace PbxBot.Domain.Rules;

/// <summary>
/// The message of every code, in French and English: what is wrong and what to do. Placeholders are
/// <see cref="string.Format(IFormatProvider, string, object[])"/> ones; a <see cref="Text"/> argument is itself
/// put in the message's language.
/// </summary>
public static class ErrorMessages
{
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");

    public static readonly IReadOnlyDictionary<string, Text> Templates = new Dictionary<string, Text>(StringComparer.Ordinal)
    {
        // {0} input, {1} plan length, {2} next free sentence
        [ErrorCodes.NumberNotDigits] = new("« {0} » n'est pas un numéro d'extension : saisissez {1} chiffres, sans espace ni lettre. {2}",
            "\"{0}\" is not an extension number: type {1} digits, no space or letter. {2}"),
        // {0} number, {1} its digit count, {2} plan length, {3} next free sentence
        [ErrorCodes.NumberWrongLength] = new("Le {0} a {1} chiffre(s) ; les extensions de ce PBX en ont {2}. {3}",
            "{0} has {1} digit(s); this PBX's extensions have {2}. {3}"),
        // {0} number, {1} the plan's ranges, {2} next free sentence
        [ErrorCodes.NumberOutOfRange] = new("Le {0} est hors du plan de numérotation ({1}) : choisissez un numéro dans cette plage. {2}",
            "{0} is outside the dial plan ({1}): pick a number in that range. {2}"),
        // {0} conflict sentence, {1} next free sentence
        [ErrorCodes.NumberBlocked] = new("{0} : il ne peut pas être une extension. {1}", "{0}: it cannot be an extension. {1}"),
        [ErrorCodes.NumberReserved] = new("{0} : il ne peut pas être une extension. {1}", "{0}: it cannot be an extension. {1}"),
        // {0} number, {1} next free sentence
        [ErrorCodes.NumberUsed] = new("Le {0} est déjà attribué à une autre extension. {1}", "{0} is already taken by another extension. {1}"),
        // {0} the plan's ranges
        [ErrorCodes.NumberNoneFree] = new("Plus aucun numéro libre dans le plan de numérotation ({0}) : élargissez-le dans 3CX ou supprimez une extension inutilisée.",
            "No free number is left in the dial plan ({0}): widen it in 3CX or delete an unused extension."),

        [ErrorCodes.FirstNameRequired] = new("Le prénom est obligatoire : saisissez le prénom de l'utilisateur.", "First name is required: type the user's first name."),
        // {0} maximum length
        [ErrorCodes.FirstNameTooLong] = new("Le prénom dépasse {0} caractères : abrégez-le.", "First name is longer than {0} characters: shorten it."),
        [ErrorCodes.FirstNameInvalid] = new("Le prénom contient des caractères invisibles (retour à la ligne, tabulation…) : retapez-le.",
            "First name contains invisible characters (line break, tab…): type it again."),
        [ErrorCodes.LastNameRequired] = new("Le nom est obligatoire : saisissez le nom de famille de l'utilisateur.", "Last name is required: type the user's last name."),
        [ErrorCodes.LastNameTooLong] = new("Le nom dépasse {0} caractères : abrégez-le.", "Last name is longer than {0} characters: shorten it."),
        [ErrorCodes.LastNameInvalid] = new("Le nom contient des caractères invisibles (retour à la ligne, tabulation…) : retapez-le.",
            "Last name contains invisible characters (line break, tab…): type it again."),
        [ErrorCodes.EmailMissing] = new("Sans adresse e-mail, aucun e-mail de bienvenue ne sera envoyé : ajoutez-en une, ou transmettez ses identifiants à l'utilisateur autrement.",
            "Without an e-mail address no welcome e-mail will be sent: add one, or give the user their credentials another way."),
        // {0} input
        [ErrorCodes.EmailInvalid] = new("« {0} » n'est pas une adresse e-mail valide : vérifiez-la (ex. prenom.nom@exemple.fr).",
            "\"{0}\" is not a valid e-mail address: check it (e.g. first.last@example.com)."),
        // {0} input, {1} country, {2} example
        [ErrorCodes.MobileInvalid] = new("« {0} » n'est pas un numéro de téléphone valide ({1}) : saisissez-le au format national ou international, par ex. {2}.",
            "\"{0}\" is not a valid phone number ({1}): type it in national or international format, e.g. {2}."),

        [ErrorCodes.DepartmentRequired] = new("Choisissez le département principal de l'utilisateur : il fixe ses heures de bureau.",
            "Choose the user's primary department: it sets their office hours."),
        // {0} department
        [ErrorCodes.DepartmentUnknown] = new("Le département « {0} » n'existe pas sur ce PBX : choisissez-en un dans la liste.",
            "Department \"{0}\" does not exist on this PBX: pick one from the list."),
        [ErrorCodes.DepartmentNotAllowed] = new("Vous n'administrez pas le département « {0} » : choisissez l'un des vôtres.",
            "You do not administer department \"{0}\": pick one of yours."),
        // {0} role asked, {1} operator's role, {2} roles allowed
        [ErrorCodes.RoleTooHigh] = new("Vous ne pouvez pas attribuer le rôle « {0} » : seulement un rôle inférieur au vôtre ({1}). Rôles possibles : {2}.",
            "You cannot give the role \"{0}\": only a role below your own ({1}). Roles you can give: {2}."),
        // {0} who, {1} their role, {2} the operator's role
        [ErrorCodes.TargetRoleNotBelow] = new("Vous ne pouvez pas modifier ni supprimer {0} : son rôle ({1}) n'est pas inférieur au vôtre ({2}).",
            "You cannot change or delete {0}: their role ({1}) is not below your own ({2})."),
        // {0} who, {1} their department
        [ErrorCodes.TargetOutsideDepartments] = new("{0} est dans le département « {1} », que vous n'administrez pas.",
            "{0} is in department \"{1}\", which you do not administer."),
        [ErrorCodes.Require2FAOn] = new("La double authentification est activée : l'utilisateur devra saisir un code dès sa première connexion. Laissez-la désactivée pour ne pas le bloquer ; elle pourra être activée plus tard.",
            "Two-factor authentication is on: the user will be asked for a code at their very first sign-in. Leave it off so they are not locked out; it can be turned on later."),
        // {0} DID
        [ErrorCodes.DidUnknown] = new("Le numéro SDA {0} ne fait pas partie des SDA de ce PBX : choisissez-en un dans la liste.",
            "DID {0} is not one of this PBX's DIDs: pick one from the list."),
        // {0} DID, {1} extension using it
        [ErrorCodes.DidTaken] = new("Le numéro SDA {0} est déjà attribué à l'extension {1} : choisissez un SDA libre.",
            "DID {0} is already assigned to extension {1}: pick a free DID."),

        [ErrorCodes.DepartmentNameRequired] = new("Donnez un nom au département.", "Give the department a name."),
        // {0} maximum length
        [ErrorCodes.DepartmentNameTooLong] = new("Le nom du département dépasse {0} caractères : raccourcissez-le.", "The department name is longer than {0} characters: shorten it."),
        // {0} name
        [ErrorCodes.DepartmentNameInvalid] = new("« {0} » ne contient ni lettre ni chiffre : donnez un nom lisible au département.",
            "\"{0}\" has no letter or digit: give the department a readable name."),
        // {0} name asked, {1} existing name
        [ErrorCodes.DepartmentNameTaken] = new("« {0} » existe déjà sur ce PBX (« {1} » ; majuscules et accents ne comptent pas) : choisissez un autre nom.",
            "\"{0}\" already exists on this PBX (\"{1}\"; case and accents do not count): choose another name."),
        // {0} language asked, {1} languages available
        [ErrorCodes.DepartmentLanguageUnsupported] = new("La langue « {0} » n'est pas disponible pour les directives vocales : choisissez parmi {1} (français par défaut).",
            "Language \"{0}\" is not available for voice prompts: choose among {1} (French by default)."),
        [ErrorCodes.DepartmentTranscriptionInvalid] = new("Choisissez une transcription dans la liste (par défaut : pas de transcription).",
            "Pick a transcription option from the list (default: no transcription)."),
        // {0} number
        [ErrorCodes.MemberUnknown] = new("Le {0} n'est pas une extension de ce PBX : n'ajoutez que des extensions existantes.",
            "{0} is not an extension of this PBX: add existing extensions only."),
        [ErrorCodes.MemberDuplicate] = new("Le {0} est ajouté deux fois : gardez-le une seule fois.", "{0} is added twice: keep it once."),
        // {0} number, {1} role asked, {2} operator's role
        // {0} number, {1} department
        [ErrorCodes.MemberPrimary] = new("Le {0} a « {1} » pour département principal : changez d'abord son département principal, puis retirez-le.",
            "Extension {0} has \"{1}\" as primary department: change their primary department first, then remove them."),
        // {0} department, {1} how many members
        [ErrorCodes.DepartmentHasMembers] = new("Le département « {0} » a encore {1} membre(s) : retirez-les ou déplacez-les d'abord (département principal).",
            "Department \"{0}\" still has {1} member(s): remove or move them first (primary department)."),
        // {0} department
        [ErrorCodes.DepartmentIsDefault] = new("« {0} » est le département par défaut du PBX : il ne peut pas être supprimé.",
            "\"{0}\" is the PBX's default department: it cannot be deleted."),
        [ErrorCodes.MemberRoleTooHigh] = new("Vous ne pouvez pas donner le rôle « {1} » au {0} : choisissez un rôle inférieur au vôtre ({2}).",
            "You cannot give {0} the role \"{1}\": pick a role below your own ({2})."),

        [ErrorCodes.TimeZoneRequired] = new("Choisissez le fuseau horaire des heures de bureau (ex. Europe/Paris).", "Choose the office hours' time zone (e.g. Europe/Paris)."),
        // {0} input
        [ErrorCodes.TimeZoneInvalid] = new("« {0} » n'est pas un fuseau horaire IANA : utilisez par exemple Europe/Paris ou Europe/Brussels.",
            "\"{0}\" is not an IANA time zone: use e.g. Europe/Paris or Europe/London."),
        [ErrorCodes.NoOpenDay] = new("Aucun jour ouvert : ajoutez au moins une plage d'ouverture.", "No open day: add at least one opening period."),
        // {0} day, {1} start, {2} stop
        [ErrorCodes.PeriodStartNotBeforeStop] = new("{0} : la plage {1}–{2} ne commence pas avant de finir : l'heure de début doit précéder l'heure de fin.",
            "{0}: the period {1}–{2} does not start before it ends: the start time must come before the end time."),
        // {0} day, {1} first period, {2} second period
        [ErrorCodes.PeriodOverlap] = new("{0} : les plages {1} et {2} se chevauchent : fusionnez-les ou décalez-les.",
            "{0}: the periods {1} and {2} overlap: merge or move them."),
        // {0} day, {1} start, {2} stop
        [ErrorCodes.BreakStartNotBeforeStop] = new("{0} : la pause {1}–{2} ne commence pas avant de finir : l'heure de début doit précéder l'heure de fin.",
            "{0}: the break {1}–{2} does not start before it ends: the start time must come before the end time."),
        // {0} day, {1} break, {2} open periods of that day
        [ErrorCodes.BreakOutsideHours] = new("{0} : la pause {1} n'est pas dans les heures d'ouverture ({2}) : placez-la dans une plage ouverte.",
            "{0}: the break {1} is outside the opening hours ({2}): put it inside an open period."),
        // {0} day, {1} first break, {2} second break
        [ErrorCodes.BreakOverlap] = new("{0} : les pauses {1} et {2} se chevauchent : fusionnez-les.", "{0}: the breaks {1} and {2} overlap: merge them."),
        // {0} dates
        [ErrorCodes.HolidayNameRequired] = new("Donnez un nom à la fermeture du {0} (ex. Noël).", "Give the closure of {0} a name (e.g. Christmas)."),
        // {0} maximum length
        [ErrorCodes.HolidayNameTooLong] = new("Le nom de la fermeture dépasse {0} caractères : raccourcissez-le.", "The closure's name is longer than {0} characters: shorten it."),
        // {0} the closure (« Noël », or "la fermeture" when unnamed), {1} start, {2} end
        [ErrorCodes.HolidayEndBeforeStart] = new("{0} finit le {2}, avant de commencer le {1} : la date de fin doit être le même jour ou après.",
            "{0} ends on {2}, before it starts on {1}: the end date must be the same day or later."),
        // {0} the closure
        [ErrorCodes.HolidayTooLong] = new("{0} dure plus d'un an : vérifiez l'année des dates.", "{0} lasts more than a year: check the dates' year."),

        // {0} operator's role
        [ErrorCodes.GrantNotAllowed] = new("Votre rôle ({0}) ne permet pas de donner des accès : seuls les administrateurs et propriétaires le peuvent.",
            "Your role ({0}) cannot grant access: only administrators and owners can."),
        [ErrorCodes.GrantUserRequired] = new("Choisissez l'utilisateur Teams qui recevra l'accès.", "Choose the Teams user who gets the access."),
        [ErrorCodes.GrantSelf] = new("Vous ne pouvez pas modifier votre propre accès : demandez-le à un autre administrateur.",
            "You cannot change your own access: ask another administrator."),
        // {0} grant's PBX, {1} current PBX
        [ErrorCodes.GrantPbxMismatch] = new("Cet accès concerne le PBX {0}, pas {1} : ouvrez l'assistant depuis le bon PBX.",
            "This access is for PBX {0}, not {1}: open the wizard from the right PBX."),
        [ErrorCodes.GrantEmpty] = new("Choisissez un rôle ou cochez « Helpdesk » : sinon l'accès ne donne aucun droit.",
            "Choose a role or tick \"Helpdesk\": otherwise the access grants nothing."),
        // {0} role asked, {1} operator's role, {2} roles allowed
        [ErrorCodes.GrantRoleTooHigh] = new("Vous ne pouvez pas donner le rôle « {0} » : seulement un rôle inférieur au vôtre ({1}). Rôles possibles : {2}.",
            "You cannot grant the role \"{0}\": only a role below your own ({1}). Roles you can grant: {2}."),
        // {0} role
        [ErrorCodes.GrantDepartmentsRequired] = new("Le rôle « {0} » s'exerce sur des départements : choisissez-en au moins un.",
            "The role \"{0}\" applies to departments: choose at least one."),
        // {0} department
        [ErrorCodes.GrantDepartmentUnknown] = new("Le département « {0} » n'existe pas sur ce PBX : choisissez-en un dans la liste.",
            "Department \"{0}\" does not exist on this PBX: pick one from the list."),
        [ErrorCodes.GrantDepartmentNotAllowed] = new("Vous n'administrez pas le département « {0} » : vous ne pouvez pas y donner d'accès.",
            "You do not administer department \"{0}\": you cannot grant access to it."),
        // {0} role
        [ErrorCodes.GrantDepartmentsIgnored] = new("Le rôle « {0} » couvre tout le PBX : les départements choisis sont ignorés.",
            "The role \"{0}\" covers the whole PBX: the chosen departments are ignored."),
    };

    /// <summary>The message of <paramref name="code"/> formatted in both languages.</summary>
    public static Text Format(string code, params object?[] args)
    {
        var template = Templates[code];
        return new Text(FormatIn(template.French, Language.French, FrenchCulture, args), FormatIn(template.English, Language.English, EnglishCulture, args));
    }

    private static string FormatIn(string template, Language language, CultureInfo culture, object?[] args) =>
        string.Format(culture, template, args.Select(a => a is Text t ? t.In(language) : a).ToArray()).Trim();
}
