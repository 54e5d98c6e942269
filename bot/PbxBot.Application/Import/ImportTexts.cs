using PbxBot.Domain;

namespace PbxBot.Application.Import;

/// <summary>What the bulk import and the export say, in French and English.</summary>
public static class ImportTexts
{
    public static readonly Text Title = new("Importer des extensions", "Import extensions");
    public static readonly Text Description = new(
        "Créer jusqu'à 2 000 extensions d'un fichier CSV (modèle PbxBot ou export de la console 3CX).",
        "Create up to 2,000 extensions from a CSV file (PbxBot's template or a 3CX console export).");
    public static readonly Text ExportTitle = new("Exporter les extensions", "Export extensions");
    public static readonly Text ExportDescription = new(
        "Les extensions du PBX dans un fichier CSV au format de la console 3CX.",
        "The PBX's extensions in a CSV file in the 3CX console's format.");

    public static readonly Text NotAllowed = new(
        "Seuls les administrateurs (système ou de département) importent ou exportent des extensions.",
        "Only administrators (system or department) import or export extensions.");
    public static readonly Text OneFileOnly = new(
        "Envoyez un seul fichier CSV à la fois : j'ai reçu {0} fichiers.",
        "Send one CSV file at a time: I received {0} files.");
    public static readonly Text FileUnavailable = new(
        "Je n'ai pas pu lire le fichier « {0} » : {1}. Envoyez-le à nouveau.",
        "I could not read the file \"{0}\": {1}. Please send it again.");
    public static readonly Text FileRefused = new(
        "Le fichier « {0} » ne peut pas être importé : {1}",
        "The file \"{0}\" cannot be imported: {1}");
    public static readonly Text NothingToCreate = new(
        "Aucune ligne du fichier ne peut être créée : corrigez les erreurs (rapport ci-dessous) et envoyez le fichier à nouveau.",
        "No row of the file can be created: correct the errors (report below) and send the file again.");

    public static readonly Text JobGone = new(
        "Cet import n'existe plus (il a expiré ou a été annulé). Envoyez le fichier à nouveau.",
        "This import no longer exists (it expired or was cancelled). Send the file again.");
    public static readonly Text NotYourJob = new(
        "Cet import a été préparé par {0} : lui seul peut le confirmer ou l'annuler.",
        "This import was prepared by {0}: only they can confirm or cancel it.");
    public static readonly Text AlreadyStarted = new("Cet import est déjà lancé.", "This import has already started.");
    public static readonly Text Cancelled = new("Import annulé : rien n'a été créé.", "Import cancelled: nothing was created.");

    public static readonly Text RightsLost = new(
        "L'import s'est arrêté : {0} n'a plus le droit de créer des extensions sur ce PBX.",
        "The import stopped: {0} may no longer create extensions on this PBX.");

    public static readonly Text Interrupted = new(
        "L'import de « {0} » s'est interrompu après {1} / {2} extensions créées : {3}. Celles qui sont créées le restent ; renvoyez le fichier pour les autres (les numéros déjà pris seront signalés).",
        "The import of \"{0}\" stopped after {1} / {2} extensions created: {3}. Those created stay; send the file again for the others (numbers already taken will be reported).");

    public static readonly Text DidTakenSince = new(
        "Le numéro SDA {0} a été pris entre l'aperçu et la création.",
        "DID {0} was taken between the preview and the creation.");
    public static readonly Text UnknownRole = new(
        "Rôle inconnu : « {0} » (par exemple Utilisateur, Manager, users, managers).",
        "Unknown role: \"{0}\" (for example User, Manager, users, managers).");
    public static readonly Text Unknown2FA = new(
        "Valeur 2FA non comprise : « {0} » (oui/non, 1/0).",
        "2FA value not understood: \"{0}\" (yes/no, 1/0).");
    public static readonly Text DuplicateNumber = new(
        "Le numéro {0} figure aussi ligne {1} du fichier.",
        "Number {0} is also on line {1} of the file.");
    public static readonly Text DuplicateEmail = new(
        "L'adresse {0} figure aussi ligne {1} du fichier.",
        "The address {0} is also on line {1} of the file.");
    public static readonly Text DuplicateDid = new(
        "Le numéro SDA {0} est aussi donné ligne {1} du fichier.",
        "DID {0} is also given on line {1} of the file.");
    public static readonly Text NoFreeNumber = new(
        "Plus aucun numéro libre dans le plan de numérotation.",
        "No free number left in the dial plan.");
    public static readonly Text TakenSince = new(
        "Le numéro {0} a été pris entre l'aperçu et la création.",
        "Number {0} was taken between the preview and the creation.");
}
