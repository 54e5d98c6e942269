using PbxBot.Domain;

namespace PbxBot.Application.Requests;

internal static class RequestText
{
    public static readonly Text NotFound = new("Cette demande n'existe pas (ou plus).", "This request does not exist (any more).");

    public static readonly Text NotAllowedTitle = new("Décision réservée aux administrateurs", "Decision reserved to administrators");

    public static readonly Text NotAllowed = new(
        "Vous ne pouvez pas décider de cette demande : seuls les administrateurs du département ou du 3CX, autres que le demandeur, le peuvent.",
        "You cannot decide this request: only administrators of the department or the 3CX, other than the requester, can.");

    public static readonly Text NotYours = new("Seul le demandeur peut annuler sa demande.", "Only the requester can cancel their request.");

    public static readonly Text ReasonRequired = new(
        "Indiquez le motif du refus (500 caractères au plus), puis appuyez de nouveau sur « Refuser ».",
        "Give the reason for rejecting (500 characters at most), then press \"Reject\" again.");

    public static readonly Text NumberTaken = new(
        "Le numéro {0} a été pris entre-temps. Vous pouvez approuver avec le prochain numéro libre, {1}.",
        "Number {0} was taken meanwhile. You can approve with the next free number, {1}.");

    public static readonly Text NoNumberLeft = new("Plus aucun numéro libre dans le plan de numérotation.", "No free number left in the dial plan.");

    public static readonly Text NoLongerValid = new("La demande n'est plus valide en l'état : {0}", "The request is no longer valid as it stands: {0}");

    public static readonly Text ChannelSet = new(
        "Les demandes d'extension de {0} seront publiées dans ce canal pour approbation.",
        "Extension requests of {0} will be posted in this channel for approval.");

    public static readonly Text ChannelOnlyInTeamsChannel = new(
        "Écrivez cette commande dans le canal d'équipe Teams à utiliser pour les approbations (en mentionnant PbxBot).",
        "Type this command in the Teams team channel to use for approvals (mentioning PbxBot).");

    public static readonly Text ChannelNotAllowed = new(
        "Seuls les administrateurs système du 3CX peuvent choisir le canal d'approbation.",
        "Only system administrators of the 3CX can choose the approval channel.");

    public static readonly Text MyRequestsTitle = new("Mes demandes", "My requests");

    public static readonly Text MyRequestsDescription = new("Où en sont vos demandes d'extension ; annuler une demande en attente.", "Where your extension requests stand; cancel a pending one.");

    public static readonly Text PendingTitle = new("Demandes en attente", "Pending requests");

    public static readonly Text PendingDescription = new("Les demandes d'extension des managers à approuver ou refuser.", "Managers' extension requests to approve or reject.");
}
