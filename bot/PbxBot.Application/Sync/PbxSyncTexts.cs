using PbxBot.Domain;

namespace PbxBot.Application.Sync;

/// <summary>What the bot says about a sync, in both languages.</summary>
internal static class PbxSyncTexts
{
    public static readonly Text Started = new(
        "Synchronisation de « {0} » lancée : je vous dis ce qui a changé dès qu'elle est finie.",
        "Sync of “{0}” started: I will tell you what changed as soon as it is done.");

    public static readonly Text Done = new(
        "Synchronisation de « {0} » terminée en {1} s : {2} utilisateurs, {3} départements et {4} SDA lus sur le PBX. Extensions : {5} ajoutée(s), {6} modifiée(s), {7} supprimée(s). Départements : {8} ajouté(s), {9} modifié(s), {10} supprimé(s). SDA mises à jour : {11}.{12}",
        "Sync of “{0}” done in {1} s: {2} users, {3} departments and {4} DIDs read on the PBX. Extensions: {5} added, {6} changed, {7} removed. Departments: {8} added, {9} changed, {10} removed. DIDs updated: {11}.{12}");

    public static readonly Text Skipped = new(
        " {0} élément(s) laissé(s) tel(s) quel(s) : une modification de PbxBot est en route vers le PBX.",
        " {0} item(s) left as they are: a change of PbxBot's is on its way to the PBX.");

    public static readonly Text Failed = new(
        "La synchronisation de « {0} » a échoué : {1}. Réessayez plus tard (« synchroniser »).",
        "The sync of “{0}” failed: {1}. Try again later (“sync”).");

    public static readonly Text NotAllowed = new(
        "Seuls les administrateurs système d'un PBX connecté peuvent le synchroniser.",
        "Only the system admins of a connected PBX may sync it.");

    public static readonly Text NothingConnected = new(
        "Aucun PBX n'est connecté : il n'y a rien à synchroniser (PBX de démonstration : rien n'est envoyé à un 3CX).",
        "No PBX is connected: there is nothing to sync (demo PBX: nothing is sent to a 3CX).");

    public static string Describe(PbxSyncReport r, string pbxName, Language language) =>
        Done.Format(language, pbxName, r.Took.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), r.Users, r.Departments, r.Dids,
            r.ExtensionsAdded, r.ExtensionsChanged, r.ExtensionsRemoved, r.DepartmentsAdded, r.DepartmentsChanged, r.DepartmentsRemoved, r.DidsChanged,
            r.Skipped > 0 ? Skipped.Format(language, r.Skipped) : "");
}
