using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>What the engine says, in French and English.</summary>
internal static class EngineText
{
    public static readonly Text Greeting = new(
        "Bonjour ! Je suis PbxBot : je crée pour vous les extensions, départements et horaires de bureau de votre 3CX.",
        "Hello! I'm PbxBot: I create your 3CX extensions, departments and office hours for you.");

    public static readonly Text NotUnderstood = new(
        "Je n'ai pas compris « {0} ». Voici ce que je sais faire :",
        "I didn't understand \"{0}\". Here is what I can do:");

    public static readonly Text Cancelled = new("Assistant annulé : rien n'a été enregistré.", "Wizard cancelled: nothing was saved.");

    public static readonly Text NothingToCancel = new("Aucun assistant en cours.", "No wizard in progress.");

    public static readonly Text NothingToGoBackTo = new("Vous êtes déjà à la première étape.", "You are already at the first step.");

    public static readonly Text StaleCard = new(
        "Cette carte n'est plus d'actualité : l'assistant est passé à une autre étape. Utilisez la dernière carte affichée.",
        "This card is no longer current: the wizard has moved on. Please use the latest card.");

    public static readonly Text StaleCardFinished = new(
        "Cette carte appartient à un assistant terminé : {0}",
        "This card belongs to a finished wizard: {0}");

    public static readonly Text AlreadySaving = new(
        "C'est déjà en cours d'enregistrement : un seul clic suffit.",
        "This is already being saved: one click is enough.");

    public static readonly Text StoreUnavailable = new(
        "Le stockage est momentanément injoignable : rien n'a été enregistré et vos saisies sont conservées. Réessayez dans un instant avec le même bouton.",
        "The store can't be reached right now: nothing was saved and what you typed is kept. Try again in a moment with the same button.");

    public static readonly Text UnexpectedError = new(
        "Désolé, une erreur inattendue s'est produite ; rien n'a été enregistré. Réessayez, et si cela persiste, contactez votre administrateur (référence {0}).",
        "Sorry, something unexpected went wrong; nothing was saved. Try again, and if it persists, contact your administrator (reference {0}).");

    public static readonly Text NotAllowed = new(
        "Vous n'avez pas les droits pour « {0} ». Voici ce que vous pouvez faire :",
        "You don't have the rights for \"{0}\". Here is what you can do:");

    public static readonly Text ResumeQuestion = new(
        "Vous étiez en train de {0}. Continuer ou abandonner ?",
        "You were {0}. Continue or discard?");

    public static readonly Text PickPbx = new("Sur quel 3CX ?", "On which 3CX?");

    public static readonly Text Discarded = new("Assistant abandonné.", "Wizard discarded.");
}
