using PbxBot.Domain;

namespace PbxBot.Application.Mail;

/// <summary>What the bot says in Teams about welcome e-mails.</summary>
public static class WelcomeEmailTexts
{
    /// <summary>{0} extension number, {1} address, {2} the server's reason.</summary>
    public static readonly Text NotSent = new(
        "L'e-mail de bienvenue de {0} ({1}) n'a pas pu être envoyé : {2}. Vérifiez l'adresse puis renvoyez-le avec « renvoyer l'e-mail de bienvenue à {0} ».",
        "The welcome e-mail of {0} ({1}) could not be sent: {2}. Check the address, then send it again with \"resend the welcome e-mail to {0}\".");
}
