using System.Text.Json.Nodes;
using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>
/// In a personal chat, a team and a group chat, Teams suggests the same seven commands, in French (the manifest's
/// default language) and in English (en.json), worded exactly as the bot understands them.
/// </summary>
public sealed class EveryScopeListsTheBotsCommandsInBothLanguages
{
    private static readonly string[] French =
        ["nouvelle extension", "créer un département", "horaires de bureau", "demander une extension", "renvoyer l'e-mail de bienvenue", "mes demandes", "modifier une extension", "importer des extensions", "état du PBX", "aide"];

    private static readonly string[] English =
        ["create extension", "create department", "office hours", "request extension", "resend welcome email", "my requests", "edit extension", "import extensions", "pbx status", "help"];

    private static readonly JsonNode Manifest = ReadJson("manifest.json");

    public static TheoryData<string> Scopes => ["personal", "team", "groupChat"];

    [Fact]
    public void BotScopes_ArePersonalTeamAndGroupChat()
    {
        var scopes = Manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>());

        Assert.Equal(["groupChat", "personal", "team"], scopes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DefaultLanguage_IsFrench_WithAnEnglishFile()
    {
        var localization = Manifest["localizationInfo"]!;

        Assert.Equal("fr", localization["defaultLanguageTag"]!.GetValue<string>());
        var additional = Assert.Single(localization["additionalLanguages"]!.AsArray());
        Assert.Equal(("en", "en.json"), (additional!["languageTag"]!.GetValue<string>(), additional["file"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void FrenchCommands_AreTheBotsFrenchPhrases(string scope)
    {
        Assert.Equal(French, Titles("fr", scope));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void EnglishCommands_AreTheBotsEnglishPhrases(string scope)
    {
        Assert.Equal(English, Titles("en", scope));
    }

    [Fact]
    public void EveryCommand_HasAnEnglishTitleAndDescription()
    {
        var english = ReadJson("en.json");
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();

        var missing = lists.SelectMany((list, l) => list!["commands"]!.AsArray().SelectMany((_, c) => new[]
            {
                $"bots[0].commandLists[{l}].commands[{c}].title",
                $"bots[0].commandLists[{l}].commands[{c}].description",
            }))
            .Where(key => string.IsNullOrWhiteSpace(english[key]?.GetValue<string>()))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryCommand_HasAFrenchDescription()
    {
        var commands = Manifest["bots"]![0]!["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray());

        Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]?.GetValue<string>())));
    }

    private static string[] Titles(string language, string scope) =>
        ManifestCommands.All().Where(c => c.Language == language && c.Scope == scope).Select(c => c.Title).ToArray();

    private static JsonNode ReadJson(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Manifest, file)))!;
}
