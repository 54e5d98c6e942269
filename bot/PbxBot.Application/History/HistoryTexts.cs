using PbxBot.Domain;

namespace PbxBot.Application.History;

internal static class HistoryTexts
{
    public static readonly Text HelpTitle = new("Historique et journal", "History and journal");

    public static readonly Text HelpDescription = new(
        "Qui a modifié quoi et quand, avant → après : « historique de 105 » pour une extension ou un département, « journal » pour tout ce que vous administrez.",
        "Who changed what and when, before → after: \"history of 105\" for an extension or a department, \"journal\" for everything you look after.");

    public static readonly Text TargetTitle = new("Historique de {0}", "History of {0}");

    public static readonly Text JournalTitle = new("Journal des modifications", "Change journal");

    public static readonly Text Empty = new("Aucune modification enregistrée pour {0}.", "No changes recorded for {0}.");

    public static readonly Text JournalEmpty = new(
        "Aucune modification enregistrée sur ce que vous administrez.",
        "No changes recorded on what you look after.");

    public static readonly Text NotAllowed = new(
        "L'historique est réservé aux administrateurs, aux managers et au support : demandez l'accès à un administrateur.",
        "The history is for administrators, managers and the helpdesk: ask an administrator for access.");

    public static readonly Text NotFound = new("Aucune extension ni aucun département ne correspond à « {0} ».", "No extension or department matches \"{0}\".");

    public static readonly Text Several = new(
        "Plusieurs extensions correspondent à « {0} » : {1}. Précisez le numéro (« historique de {2} »).",
        "Several extensions match \"{0}\": {1}. Give the number (\"history of {2}\").");

    public static readonly Text NotYours = new(
        "{0} est dans le département « {1} », que vous n'administrez pas : son historique ne vous est pas accessible.",
        "{0} is in department \"{1}\", which you do not administer: its history is not yours to see.");

    public static readonly Text NotYoursGone = new(
        "L'historique de {0} concerne des départements que vous n'administrez pas.",
        "The history of {0} is about departments you do not administer.");

    public static readonly Text DepartmentNotYours = new(
        "« {0} » est un département que vous n'administrez pas : son historique ne vous est pas accessible.",
        "\"{0}\" is a department you do not administer: its history is not yours to see.");

    public static readonly Text TimesIn = new("heures de {0}", "times in {0}");

    public static readonly Text TimesInUtc = new("heures en UTC", "times in UTC");
}
