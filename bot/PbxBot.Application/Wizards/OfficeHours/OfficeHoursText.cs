using PbxBot.Domain;

namespace PbxBot.Application.Wizards.OfficeHours;

internal static class OfficeHoursText
{
    public static readonly Text Title = new("Horaires de bureau", "Office hours");

    public static readonly Text Description = new(
        "Jours ouvrés, heures d'ouverture, pause déjeuner, jours fériés d'un département.",
        "Working days, opening hours, lunch break and holidays of a department.");

    public static readonly Text Summary = new("modifier les horaires du département « {0} »", "editing the office hours of \"{0}\"");

    public static readonly Text SummaryNoDepartment = new("modifier des horaires de bureau", "editing office hours");

    public static readonly Text Saved = new("Horaires du département « {0} » enregistrés.", "Office hours of \"{0}\" saved.");

    public static readonly Text NoDepartment = new(
        "Aucun département dont vous pouvez modifier les horaires. Créez d'abord un département.",
        "No department whose office hours you may edit. Create a department first.");

    public static readonly Text NotYours = new(
        "Vous n'administrez pas le département « {0} » : vous ne pouvez pas modifier ses horaires.",
        "You do not administer the \"{0}\" department: you cannot edit its office hours.");

    public static readonly Text ChooseDepartment = new("Choisissez un département.", "Choose a department.");

    public static readonly Text ChangedMeanwhile = new(
        "Les horaires de « {0} » ont été modifiés par quelqu'un d'autre pendant ce temps : voici la version à jour, refaites vos changements.",
        "The office hours of \"{0}\" were changed by someone else meanwhile: here is the current version, please redo your changes.");

    public static readonly Text BadTime = new("Heure invalide : utilisez le format HH:mm (ex. 09:00).", "Invalid time: use HH:mm (e.g. 09:00).");

    public static readonly Text BadDate = new("Date invalide : utilisez le format AAAA-MM-JJ.", "Invalid date: use YYYY-MM-DD.");

    public static readonly Text HolidayNameRequired = new("Donnez un nom au jour férié (ex. Noël).", "Give the holiday a name (e.g. Christmas).");
}
