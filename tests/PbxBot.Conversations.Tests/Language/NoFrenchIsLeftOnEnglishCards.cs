using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Language;

/// <summary>Every card of every wizard, played in English: labels, hints, buttons, choices, errors and facts are all English.</summary>
public sealed partial class NoFrenchIsLeftOnEnglishCards : ConversationTest
{
    private readonly List<CardView> seen = [];
    private readonly List<string> texts = [];

    [Fact]
    public async Task EveryWizardsCardsReadInEnglish()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");
        async Task Say(string text) => Keep(await admin.SayAsync(text));
        async Task Press(string title, Dictionary<string, string>? inputs = null) => Keep(await admin.PressAsync(title, inputs));

        await Say("help");
        await Say("new extension");
        await Press("Next", new Dictionary<string, string> { ["number"] = "15", ["firstName"] = "", ["lastName"] = "", ["email"] = "x@", ["mobile"] = "1" });
        await Press("Next", new Dictionary<string, string> { ["number"] = "103", ["firstName"] = "Ada", ["lastName"] = "Lovelace", ["email"] = "", ["mobile"] = "" });
        await Press("Next", new Dictionary<string, string> { ["role"] = "system_owners", ["did"] = "+33100000000" });
        await Press("Next", new Dictionary<string, string> { ["role"] = "users", ["did"] = "", ["require2fa"] = "true" });
        await Press("Confirm");
        seen.Add(await admin.WaitForAppliedAsync());

        await Say("create department");
        await Press("Next", new Dictionary<string, string> { ["name"] = "support", ["language"] = "tlh", ["transcription"] = "Sometimes" });
        await Press("Next", new Dictionary<string, string> { ["name"] = "Accounts", ["language"] = "fr", ["transcription"] = "Nothing" });
        await Press("Search", new Dictionary<string, string> { ["search"] = "nobody" });
        await Press("Search", new Dictionary<string, string> { ["search"] = "curie" });
        await Press("Add selected", new Dictionary<string, string> { ["pick"] = "101,102" });
        await Press("Next", new Dictionary<string, string> { ["role.101"] = "system_owners" });
        await Press("Next", new Dictionary<string, string> { ["role.101"] = "managers" });
        await Press("Confirm");
        seen.Add(await admin.WaitForAppliedAsync());

        await Say("office hours");
        await Press("Next", new Dictionary<string, string> { ["department"] = TestPbx.Support });
        await Press("Next", new Dictionary<string, string> { ["monday.breakStart"] = "19:00", ["monday.breakStop"] = "19:30", ["tuesday.start"] = "18:00", ["tuesday.stop"] = "09:00", ["timeZone"] = "Mars/Olympus" });
        await Press("Next", new Dictionary<string, string> { ["monday.breakStart"] = "12:00", ["monday.breakStop"] = "13:00", ["tuesday.start"] = "09:00", ["tuesday.stop"] = "18:00", ["timeZone"] = "Europe/London" });
        await Press("Add", new Dictionary<string, string> { ["holidayName"] = "", ["holidayStart"] = "2026-12-25" });
        await Press("Add", new Dictionary<string, string> { ["holidayName"] = "Summer", ["holidayStart"] = "2026-08-20", ["holidayEnd"] = "2026-08-01" });
        await Press("Add", new Dictionary<string, string> { ["holidayName"] = "Christmas", ["holidayStart"] = "2026-12-25", ["holidayRecurrent"] = "true" });
        await Press("Next");
        await Press("Confirm");
        seen.Add(await admin.WaitForAppliedAsync());

        await Say("primary department");
        await Press("Search", new Dictionary<string, string> { ["search"] = "nobody" });
        await Press("Search", new Dictionary<string, string> { ["search"] = "curie" });
        await Press("Next", new Dictionary<string, string> { ["number"] = "101" });
        await Press("Next", new Dictionary<string, string> { ["role"] = "system_owners" });
        await Press("Next", new Dictionary<string, string> { ["role"] = "users", ["department"] = TestPbx.Sales });
        await Say("oops");
        await Press("Continue");
        await Press("Cancel");
        await Say("cancel");
        await Say("back");

        Assert.True(seen.Count > 25, $"Only {seen.Count} cards seen.");
        Assert.Matches(French(), "Étape 1/3 — numéro et identité");
        var french = seen.SelectMany(c => Strings(c.Json)).Concat(texts).Where(s => French().IsMatch(s)).Distinct().ToArray();
        Assert.True(french.Length == 0, "French on English cards:\n" + string.Join("\n", french));
    }

    private void Keep(TurnResult turn)
    {
        seen.AddRange(turn.Cards);
        texts.AddRange(turn.Texts);
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => kv.Key is "text" or "title" or "label" or "errorMessage" or "placeholder" or "fallbackText" && kv.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : Strings(kv.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"\b(Étape|Suivant|Retour|Annuler|Confirmer|Rechercher|Ajouter|Retirer|département|horaires|Horaires|fermé|pause|Numéro|Prénom|vous|votre|aucun|Aucun|Lundi|Mardi|Samedi|Dimanche|créé|créée|enregistrés|chaque|jours|Utilisateur|Réceptionniste|Gestionnaire|Administrateur|Propriétaire|Continuer|Abandonner)\b|«|»")]
    private static partial Regex French();
}
