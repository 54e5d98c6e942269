using PbxBot.Domain;

namespace PbxBot.Application.Wizards.DeleteDepartment;

internal static class DeleteDepartmentText
{
    public static readonly Text Title = new("Supprimer un département", "Delete a department");

    public static readonly Text Description = new(
        "Un département sans membres (déplacez ou retirez-les d'abord).",
        "A department with no members (move or remove them first).");

    public static readonly Text Summary = new("supprimer le département « {0} »", "deleting the \"{0}\" department");

    public static readonly Text SummaryNoOne = new("supprimer un département", "deleting a department");

    public static readonly Text NoneToDelete = new("Aucun département ne peut être supprimé sur ce PBX (le département par défaut ne peut pas l'être).",
        "No department can be deleted on this PBX (the default one cannot be).");

    public static readonly Text NotFound = new("Aucun département « {0} » : choisissez-le dans la liste.", "No department \"{0}\": pick it from the list.");

    public static readonly Text Gone = new("Le département « {0} » n'existe plus : rien à supprimer.", "Department \"{0}\" no longer exists: nothing to delete.");

    public static readonly Text HowToEmpty = new(
        "Retirez ses membres avec « modifier le département {0} » ; ceux dont c'est le département principal, déplacez-les d'abord (« département principal de 105 »).",
        "Remove its members with \"edit department {0}\"; move those whose primary department it is first (\"primary department of 105\").");

    public static readonly Text ChangedMeanwhile = new(
        "Le département « {0} » a été modifié depuis que vous l'avez ouvert : vérifiez, puis confirmez à nouveau.",
        "Department \"{0}\" changed since you opened it: check, then confirm again.");

    public static readonly Text Deleted = new("Département « {0} » supprimé.", "Department \"{0}\" deleted.");
}
