using PbxBot.Testing.Conversations;

namespace PbxBot.Manifest.Tests.Commands;

/// <summary>
/// Each command Teams suggests (manifest command lists, both languages, every scope) is sent to the real bot as a
/// user would send it — typed in a personal chat, after an @mention in a team channel or group chat — and opens
/// the card it promises.
/// </summary>
public sealed class EveryListedCommandStartsWhatItSays : IAsyncLifetime
{
    // The first line of the card each command opens, by command title (the manifest's wording).
    private static readonly Dictionary<string, string> CardTitles = new(StringComparer.Ordinal)
    {
        ["nouvelle extension"] = "Nouvelle extension",
        ["créer un département"] = "Nouveau département",
        ["horaires de bureau"] = "Horaires de bureau",
        ["demander une extension"] = "Demande d'extension",
        ["renvoyer l'e-mail de bienvenue"] = "Renvoyer l'e-mail de bienvenue",
        ["mes demandes"] = "Mes demandes",
        ["modifier une extension"] = "Modifier une extension",
        ["importer des extensions"] = "Importer des extensions",
        ["état du PBX"] = "État du PBX",
        ["aide"] = "Ce que je peux faire pour vous",
        ["create extension"] = "New extension",
        ["create department"] = "New department",
        ["office hours"] = "Office hours",
        ["request extension"] = "Extension request",
        ["resend welcome email"] = "Resend the welcome e-mail",
        ["my requests"] = "My requests",
        ["edit extension"] = "Edit an extension",
        ["import extensions"] = "Import extensions",
        ["pbx status"] = "PBX status",
        ["help"] = "What I can do for you",
    };

    private PbxBotUnderTest bot = null!;

    public static TheoryData<string, string, string> Commands()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (language, scope, title) in ManifestCommands.All())
        {
            data.Add(language, scope, title);
        }
        return data;
    }

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task TheCommandOpensItsCard(string language, string scope, string title)
    {
        Assert.True(CardTitles.TryGetValue(title, out var expected), $"No expected card for the manifest command \"{title}\": add it here.");
        // Managers request extensions; everything else is tried by the PBX's owner, who may do it all.
        var who = expected is "Demande d'extension" or "Extension request" ? TestPbx.Users.Manager : TestPbx.Users.Owner;
        var locale = language == "fr" ? "fr-FR" : "en-US";
        var conversation = $"{scope}-{language}-{Guid.NewGuid():N}";

        var turn = scope switch
        {
            "personal" => await bot.User(who, locale).SayAsync(title),
            "team" => await bot.InChannel(who, $"19:{conversation}@thread.tacv2", locale).SayToTheBotAsync(title),
            "groupChat" => await bot.InGroupChat(who, $"19:{conversation}@thread.v2", locale).SayToTheBotAsync(title),
            _ => throw new InvalidOperationException($"Unexpected scope {scope}"),
        };

        Assert.Equal(200, turn.Status);
        var card = Assert.Single(turn.Cards);
        Assert.Equal(expected, card.Text.Split('\n')[0]);
    }
}
