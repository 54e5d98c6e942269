using PbxBot.Domain;

namespace PbxBot.Cards;

/// <summary>Every sentence the card kit and the builders show, French and English side by side.</summary>
public static class CardText
{
    // The standard button row.
    public static readonly Text Back = new("Retour", "Back");
    public static readonly Text Cancel = new("Annuler", "Cancel");
    public static readonly Text Next = new("Suivant", "Next");
    public static readonly Text Confirm = new("Confirmer", "Confirm");

    /// <summary>Shown in a review block for a field left empty.</summary>
    public static readonly Text NotGiven = new("(non renseigné)", "(not given)");

    // Help card.
    public static readonly Text HelpTitle = new("Que voulez-vous faire ?", "What would you like to do?");
    public static readonly Text HelpIntro = new(
        "Choisissez une action ci-dessous. Un assistant laissé en cours peut être repris plus tard, et « Annuler » l'arrête à tout moment.",
        "Pick an action below. A wizard left half-way can be resumed later, and “Cancel” stops it at any time.");
    public static readonly Text HelpStart = new("Commencer", "Start");
    public static readonly Text HelpNothingAvailable = new(
        "Aucune action ne vous est ouverte sur ce système 3CX pour le moment.",
        "There is nothing you can do on this 3CX system yet.");

    // Access denied card.
    public static readonly Text AccessDeniedTitle = new("Accès non accordé", "Access not granted");
    public static readonly Text AccessDeniedExplanation = new(
        "Vous n'avez pas encore accès à l'administration de ce système 3CX.",
        "You do not have access to administer this 3CX system yet.");
    public static readonly Text AccessDeniedExplanationForPbx = new(
        "Vous n'avez pas encore accès à l'administration du système 3CX « {0} ».",
        "You do not have access to administer the 3CX system “{0}” yet.");
    public static readonly Text AccessDeniedHowToGetAccess = new(
        "Pour l'obtenir, demandez à un propriétaire ou à un administrateur de ce système 3CX de vous l'accorder, en lui transmettant l'identifiant ci-dessous.",
        "To get it, ask an owner or an administrator of this 3CX system to grant it to you, and pass on the id below.");
    public static readonly Text AccessDeniedYourName = new("Votre nom", "Your name");
    public static readonly Text AccessDeniedYourId = new("Votre identifiant", "Your id");
}
