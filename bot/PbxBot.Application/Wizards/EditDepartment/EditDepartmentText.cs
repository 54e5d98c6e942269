using PbxBot.Domain;

namespace PbxBot.Application.Wizards.EditDepartment;

internal static class EditDepartmentText
{
    public static readonly Text Title = new("Modifier un département", "Edit a department");

    public static readonly Text Description = new(
        "Renommer, changer la langue, la visibilité, la transcription ; ajouter ou retirer des membres, changer leurs rôles.",
        "Rename, change the language, visibility, transcription; add or remove members, change their roles.");

    public static readonly Text Summary = new("modifier le département « {0} »", "editing the \"{0}\" department");

    public static readonly Text SummaryNoOne = new("modifier un département", "editing a department");

    public static readonly Text NoneToEdit = new(
        "Aucun département que vous pouvez modifier sur ce PBX.",
        "No department you may edit on this PBX.");

    public static readonly Text NotFound = new(
        "Aucun département « {0} » que vous pouvez modifier : choisissez-le dans la liste.",
        "No department \"{0}\" that you may edit: pick it from the list.");

    public static readonly Text Gone = new(
        "Le département « {0} » n'existe plus (supprimé entre-temps) : choisissez-en un autre.",
        "Department \"{0}\" no longer exists (deleted meanwhile): pick another one.");

    public static readonly Text ChangedMeanwhile = new(
        "Le département « {0} » a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Ses nouvelles valeurs sont la base, vos modifications sont gardées : vérifiez-les, puis confirmez.",
        "Department \"{0}\" was changed by someone else since you opened it. Its new values are the basis, your edits are kept: check them, then confirm.");

    public static readonly Text TooMany = new(
        "Trop de changements de membres d'un coup ({0}) : enregistrez-en au plus {1}, puis continuez dans une deuxième modification.",
        "Too many member changes at once ({0}): save at most {1}, then go on in a second edit.");

    public static readonly Text Saved = new("Département « {0} » modifié : {1}.", "Department \"{0}\" changed: {1}.");
}
