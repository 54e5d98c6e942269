using PbxBot.Domain;

namespace PbxBot.Application.Wizards.DeleteExtension;

internal static class DeleteExtensionText
{
    public static readonly Text Title = new("Supprimer une extension", "Delete an extension");

    public static readonly Text Description = new(
        "Pour un départ : l'utilisateur est supprimé du PBX, son SDA et son numéro sont libérés.",
        "For a leaver: the user is deleted from the PBX, their DID and number are freed.");

    public static readonly Text Summary = new("supprimer l'extension {0}", "deleting extension {0}");

    public static readonly Text SummaryNoOne = new("supprimer une extension", "deleting an extension");

    public static readonly Text ChooseExtension = new("Choisissez une extension dans les résultats.", "Choose an extension from the results.");

    public static readonly Text WrongNumber = new(
        "Tapez exactement le numéro {0} pour confirmer la suppression.",
        "Type exactly the number {0} to confirm the deletion.");

    public static readonly Text ChangedMeanwhile = new(
        "{0} a été modifiée depuis que vous l'avez ouverte : vérifiez ce qui part avec elle, puis confirmez à nouveau.",
        "{0} was changed since you opened it: check what goes with it, then confirm again.");

    public static readonly Text Gone = new("L'extension {0} n'existe plus.", "Extension {0} no longer exists.");

    public static readonly Text Deleted = new("Extension {0} ({1}) supprimée.", "Extension {0} ({1}) deleted.");
}
