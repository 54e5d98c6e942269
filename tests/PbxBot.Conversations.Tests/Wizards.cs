using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests;

/// <summary>The steps an operator goes through, named as they read on the cards, for tests that need to get somewhere first.</summary>
public static class Wizards
{
    public const string Next = "Suivant";
    public const string Back = "Retour";
    public const string Cancel = "Annuler";
    public const string Confirm = "Confirmer";

    public static Dictionary<string, string> Ada() => new()
    {
        ["firstName"] = "Ada",
        ["lastName"] = "Lovelace",
        ["email"] = "ada@dupont.example",
        ["mobile"] = "06 12 34 56 78",
    };

    /// <summary>"nouvelle extension", then the identity card filled with Ada Lovelace: the placement card.</summary>
    public static async Task<CardView> ToPlacementAsync(this ChatUser user, IReadOnlyDictionary<string, string>? identity = null)
    {
        await user.SayAsync("nouvelle extension");
        await user.PressAsync(Next, identity ?? Ada());
        return user.LastCard!;
    }

    /// <summary>Up to the review card of an extension for Ada Lovelace.</summary>
    public static async Task<CardView> ToExtensionReviewAsync(this ChatUser user, IReadOnlyDictionary<string, string>? placement = null)
    {
        await user.ToPlacementAsync();
        await user.PressAsync(Next, placement);
        return user.LastCard!;
    }

    /// <summary>"créer un département" with that name and the defaults: the members card.</summary>
    public static async Task<CardView> ToMembersAsync(this ChatUser user, string name)
    {
        await user.SayAsync("créer un département");
        await user.PressAsync(Next, new Dictionary<string, string> { ["name"] = name });
        return user.LastCard!;
    }

    /// <summary>On the members card: search, tick the numbers found, give them a role, add them.</summary>
    public static async Task AddMembersAsync(this ChatUser user, string search, string role, params string[] numbers)
    {
        await user.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = search });
        await user.PressAsync("Ajouter la sélection", new Dictionary<string, string> { ["pick"] = string.Join(',', numbers), ["pickRole"] = role });
    }

    /// <summary>"horaires du support": the schedule card of the Support department.</summary>
    public static async Task<CardView> ToScheduleAsync(this ChatUser user, string command = "horaires du support")
    {
        await user.SayAsync(command);
        return user.LastCard!;
    }
}
