using PbxBot.Domain;

namespace PbxBot.Application.Wizards.ResendWelcome;

internal static class ResendWelcomeText
{
    public static readonly Text Title = new("Renvoyer l'e-mail de bienvenue", "Resend the welcome e-mail");

    public static readonly Text Description = new(
        "Quand un utilisateur n'a pas reçu ses identifiants : nouvel e-mail, l'ancien lien ne fonctionne plus.",
        "When a user did not get their credentials: a new e-mail, the old link stops working.");

    public static readonly Text Summary = new("renvoyer l'e-mail de bienvenue de {0}", "resending the welcome e-mail of {0}");

    public static readonly Text SummaryNoOne = new("renvoyer un e-mail de bienvenue", "resending a welcome e-mail");

    public static readonly Text Queued = new("E-mail de bienvenue de {0} ({1}) mis en file pour {2}.", "Welcome e-mail of {0} ({1}) queued for {2}.");

    public static readonly Text NotFound = new("Aucune extension ne correspond à « {0} ».", "No extension matches \"{0}\".");

    public static readonly Text Choose = new("Choisissez l'extension concernée.", "Choose the extension.");

    public static readonly Text AddressNeeded = new(
        "Cette extension n'a pas d'adresse e-mail valide : saisissez celle à utiliser.",
        "This extension has no valid e-mail address: type the one to use.");

    public static readonly Text ChangedMeanwhile = new(
        "L'extension a été modifiée entre-temps : vérifiez de nouveau puis confirmez.",
        "The extension changed meanwhile: check again, then confirm.");
}
