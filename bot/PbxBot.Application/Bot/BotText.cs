using PbxBot.Domain;

namespace PbxBot.Application.Bot;

/// <summary>What the bot says outside wizards, in French and English.</summary>
internal static class BotText
{
    public static readonly Text HelpTitle = new("Ce que je peux faire pour vous", "What I can do for you");

    public static readonly Text HelpIntro = new(
        "Écrivez une commande (par exemple « nouvelle extension ») ou choisissez ci-dessous. « annuler » arrête un assistant à tout moment.",
        "Type a command (for example \"create extension\") or pick one below. \"cancel\" stops a wizard at any time.");

    public static readonly Text NothingAllowed = new(
        "Votre accès ne vous permet aucune action pour le moment.",
        "Your access does not allow any action yet.");
}
