using PbxBot.Domain;

namespace PbxBot.Application.PbxChanges;

/// <summary>What PbxBot itself says about a change on the PBX (the PBX's own refusals are shown in its words).</summary>
internal static class PbxChangeTexts
{
    public static readonly Text NumberUsedOnPbx = new(
        "le numéro {0} est déjà utilisé sur le PBX par {1}",
        "number {0} is already used on the PBX by {1}");

    public static readonly Text NoSuchGroup = new(
        "le département « {0} » n'existe pas sur le PBX",
        "department “{0}” does not exist on the PBX");

    public static readonly Text NoSuchUser = new(
        "l'extension {0} n'existe pas (ou plus) sur le PBX",
        "extension {0} does not exist (any more) on the PBX");

    public static readonly Text EarlierChangeRefused = new(
        "une modification précédente de {0} attend encore d'être réessayée ou abandonnée",
        "an earlier change of {0} still waits to be retried or discarded");

    public static readonly Text Unreachable = new(
        "le PBX n'a pas répondu après {0} essais : {1}",
        "the PBX did not answer after {0} attempts: {1}");

    public static readonly Text NotYours = new(
        "Cette modification n'est pas la vôtre : seuls son auteur et les administrateurs du PBX peuvent la réessayer ou l'abandonner.",
        "This change is not yours: only its author and the PBX's admins may retry or discard it.");

    public static readonly Text NotWaiting = new(
        "Cette modification n'attend plus de décision : {0}.",
        "This change no longer waits for a decision: {0}.");

    public static readonly Text LaterChangeExists = new(
        "Une modification plus récente de {0} existe : abandonnez-la d'abord.",
        "A more recent change of {0} exists: discard it first.");

    public static readonly Text Unknown = new("Cette modification est introuvable.", "This change cannot be found.");
}
