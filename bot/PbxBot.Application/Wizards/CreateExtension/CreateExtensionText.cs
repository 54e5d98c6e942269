using PbxBot.Domain;

namespace PbxBot.Application.Wizards.CreateExtension;

internal static class CreateExtensionText
{
    public static readonly Text Title = new("Créer une extension", "Create an extension");

    public static readonly Text Description = new(
        "Numéro proposé, nom, e-mail de bienvenue, département, rôle, SDA.",
        "Suggested number, name, welcome e-mail, department, role, DID.");

    public static readonly Text Summary = new("créer l'extension {0} pour {1}", "creating extension {0} for {1}");

    public static readonly Text SummaryNoName = new("créer l'extension {0}", "creating extension {0}");

    public static readonly Text Created = new("Extension {0} créée pour {1}.", "Extension {0} created for {1}.");

    public static readonly Text NumberTaken = new(
        "Le numéro {0} vient d'être pris par quelqu'un d'autre. Prochain numéro libre : {1}.",
        "Number {0} was just taken by someone else. Next free number: {1}.");

    public static readonly Text DidTaken = new(
        "Le SDA {0} vient d'être attribué à une autre extension : choisissez-en un autre.",
        "DID {0} was just assigned to another extension: pick another one.");

    public static readonly Text NoDepartment = new(
        "Ce 3CX n'a encore aucun département : créez-en un d'abord (« créer un département »).",
        "This 3CX has no department yet: create one first (\"create department\").");

    public static readonly Text NoRoleToGive = new(
        "Votre rôle ne permet d'attribuer aucun rôle inférieur.",
        "Your role does not allow assigning any lower role.");
}
