using PbxBot.Domain;

namespace PbxBot.Application.Wizards.EditExtension;

internal static class EditExtensionText
{
    public static readonly Text Title = new("Modifier une extension", "Edit an extension");

    public static readonly Text Description = new(
        "Corriger un nom, changer de département ou de rôle, reprendre un SDA… ce qui change seulement est envoyé au PBX.",
        "Fix a name, move someone, change a role, take a DID back… only what changes is sent to the PBX.");

    public static readonly Text Summary = new("modifier l'extension {0}", "editing extension {0}");

    public static readonly Text SummaryNoOne = new("modifier une extension", "editing an extension");

    public static readonly Text ChooseExtension = new("Choisissez une extension dans les résultats.", "Choose an extension from the results.");

    public static readonly Text Gone = new("L'extension {0} n'existe plus.", "Extension {0} no longer exists.");

    public static readonly Text ChangedMeanwhile = new(
        "{0} a été modifiée depuis que vous l'avez ouverte : ses valeurs actuelles sont reprises, vos modifications sont gardées. Vérifiez puis confirmez à nouveau.",
        "{0} was changed since you opened it: its current values are taken, your edits are kept. Check, then confirm again.");

    public static readonly Text Saved = new("Extension {0} modifiée : {1}.", "Extension {0} changed: {1}.");

    public static readonly Text DidTaken = new("Le SDA {0} vient d'être pris : choisissez-en un autre.", "DID {0} was just taken: pick another one.");
}
