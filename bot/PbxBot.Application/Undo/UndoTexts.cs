using PbxBot.Domain;

namespace PbxBot.Application.Undo;

internal static class UndoTexts
{
    public static readonly Text Title = new("Annuler une modification", "Undo a change");

    public static readonly Text Description = new(
        "Revenir sur votre dernière modification (ou, pour un admin, celle de quelqu'un sous son rôle), par les mêmes règles et vers le PBX.",
        "Revert your last change (or, for an admin, someone's below their role), through the same rules and to the PBX.");

    public static readonly Text Summary = new("annuler « {0} »", "undoing \"{0}\"");

    public static readonly Text NothingOfYours = new(
        "Aucune modification récente de votre part à annuler sur ce PBX.",
        "No recent change of yours to undo on this PBX.");

    public static readonly Text NothingOnTarget = new(
        "Aucune modification à annuler pour « {0} ».",
        "No change to undo for \"{0}\".");

    public static readonly Text ChangedSince = new(
        "« {0} » a été modifié depuis par {1} le {2} : annulez d'abord cette modification-là, ou modifiez directement.",
        "\"{0}\" was changed since by {1} on {2}: undo that change first, or edit it directly.");

    public static readonly Text NotBelowYou = new(
        "Cette modification est de {0}, dont le rôle n'est pas inférieur au vôtre : seul(e) {0} ou un rôle au-dessus peut l'annuler.",
        "This change was made by {0}, whose role is not below yours: only {0} or a role above can undo it.");

    public static readonly Text FromTheConsole = new(
        "La dernière modification de « {0} » a été faite sur la console 3CX : elle ne s'annule pas depuis Teams. Modifiez directement.",
        "The last change of \"{0}\" was made in the 3CX console: it cannot be undone from Teams. Edit it directly.");

    public static readonly Text StillOnItsWay = new(
        "Une modification de « {0} » est encore en route vers le PBX : réessayez quand elle est appliquée (« état du PBX »).",
        "A change of \"{0}\" is still on its way to the PBX: try again once it is applied (\"pbx status\").");

    public static readonly Text AwaitsDecision = new(
        "La modification de « {0} » a été refusée par le PBX ou ne l'a pas atteint : réessayez-la ou abandonnez-la depuis sa carte (« état du PBX »).",
        "The change of \"{0}\" was refused by the PBX or did not reach it: retry or discard it from its card (\"pbx status\").");

    public static readonly Text DidTakenSince = new("le numéro SDA {0} a été attribué depuis.", "DID {0} was given to someone else since.");

    public static readonly Text NotUndoable = new(
        "« {0} » ne s'annule pas ici : {1}",
        "\"{0}\" cannot be undone here: {1}");

    public static readonly Text Gone = new("« {0} » n'existe plus.", "\"{0}\" no longer exists.");

    public static readonly Text NumberTakenAgain = new(
        "le numéro {0} a été repris depuis par {1}.",
        "number {0} was taken again since, by {1}.");

    public static readonly Text NoHoursBefore = new(
        "il n'y avait pas d'horaires avant, et un 3CX ne retire pas les horaires d'un département : modifiez-les (« horaires de {0} »).",
        "there were no office hours before, and a 3CX cannot remove a department's hours: edit them (\"office hours of {0}\").");

    public static readonly Text RulesRefuse = new("les règles le refusent aujourd'hui — {0}", "the rules refuse it today — {0}");

    public static readonly Text WillDelete = new("{0} sera supprimé(e) du PBX.", "{0} will be deleted from the PBX.");

    public static readonly Text WillRecreate = new(
        "{0} sera recréé(e) sur le PBX avec ses valeurs d'avant la suppression (nouveaux identifiants : l'e-mail de bienvenue repart).",
        "{0} will be created again on the PBX with its values from before the deletion (new credentials: the welcome e-mail goes again).");

    public static readonly Text WillRestore = new("{0} retrouve ses valeurs d'avant :", "{0} gets its previous values back:");

    public static readonly Text WillRestoreHours = new("{0} retrouve ses horaires d'avant.", "{0} gets its previous office hours back.");

    public static readonly Text Done = new("Modification annulée : {0}.", "Change undone: {0}.");

    /// <summary>An undoable action as the review names it.</summary>
    public static Text ActionLabel(string action) => action switch
    {
        PbxChanges.PbxChangeCards.ExtensionCreated => new("Création de l'extension", "Extension created"),
        PbxChanges.PbxChangeCards.ExtensionUpdated => new("Modification de l'extension", "Extension changed"),
        PbxChanges.PbxChangeCards.ExtensionDeleted => new("Suppression de l'extension", "Extension deleted"),
        PbxChanges.PbxChangeCards.PrimaryDepartmentSet => new("Changement de département principal", "Primary department changed"),
        PbxChanges.PbxChangeCards.DepartmentCreated => new("Création du département", "Department created"),
        PbxChanges.PbxChangeCards.DepartmentUpdated => new("Modification du département", "Department changed"),
        PbxChanges.PbxChangeCards.DepartmentDeleted => new("Suppression du département", "Department deleted"),
        PbxChanges.PbxChangeCards.OfficeHoursSaved => new("Horaires de présence", "Office hours"),
        _ => new(action, action),
    };
}
