using PbxBot.Domain;

namespace PbxBot.Application.Wizards.PrimaryDepartment;

internal static class PrimaryDepartmentText
{
    public static readonly Text Title = new("Département principal", "Primary department");

    public static readonly Text Description = new(
        "Le département principal d'un utilisateur décide de ses horaires de présence.",
        "A user's primary department decides which office hours apply to them.");

    public static readonly Text Summary = new("changer le département principal de {0}", "changing the primary department of {0}");

    public static readonly Text SummaryNoOne = new("changer un département principal", "changing a primary department");

    public static readonly Text Saved = new("{0} ({1}) a maintenant « {2} » pour département principal.", "{0} ({1}) now has \"{2}\" as primary department.");

    public static readonly Text NotFound = new("Aucune extension ne correspond à « {0} ».", "No extension matches \"{0}\".");

    public static readonly Text ChooseExtension = new("Choisissez une extension dans les résultats.", "Choose an extension from the results.");

    public static readonly Text ChooseDepartment = new("Choisissez un département que vous gérez.", "Choose a department you manage.");

    public static readonly Text RoleNotBelow = new(
        "{0} a un rôle égal ou supérieur au vôtre : vous ne pouvez pas changer son département principal.",
        "{0} has a role equal to or above yours: you cannot change their primary department.");

    public static readonly Text NotYourDepartment = new(
        "{0} est dans le département « {1} », que vous n'administrez pas : vous ne pouvez pas le déplacer.",
        "{0} is in the \"{1}\" department, which you do not administer: you cannot move them.");

    public static readonly Text RoleNotAllowed = new("Vous ne pouvez attribuer qu'un rôle inférieur au vôtre.", "You can only assign a role below your own.");
}
