using PbxBot.Domain;

namespace PbxBot.Application.Wizards.CreateDepartment;

internal static class CreateDepartmentText
{
    public static readonly Text Title = new("Créer un département", "Create a department");

    public static readonly Text Description = new(
        "Nom, langue des messages vocaux, visibilité, transcription, membres et leurs rôles.",
        "Name, voice-prompt language, visibility, transcription, members and their roles.");

    public static readonly Text Summary = new("créer le département « {0} »", "creating the \"{0}\" department");

    public static readonly Text SummaryNoName = new("créer un département", "creating a department");

    public static readonly Text Created = new("Département « {0} » créé avec {1} membre(s).", "Department \"{0}\" created with {1} member(s).");

    public static readonly Text Exists = new(
        "Un département « {0} » existe déjà sur ce 3CX (les accents et majuscules ne comptent pas) : choisissez un autre nom.",
        "A department \"{0}\" already exists on this 3CX (accents and case don't count): choose another name.");
}
