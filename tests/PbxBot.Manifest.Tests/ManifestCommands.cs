using System.Text.Json.Nodes;
using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>
/// The command titles Teams offers users, as manifest/manifest.json (default language) and its language files
/// define them: one entry per language, scope and command. A title a language file leaves out is listed with the
/// default language's wording, which is what Teams shows. For the test that every listed command starts its wizard.
/// </summary>
public static class ManifestCommands
{
    public static IReadOnlyList<(string Language, string Scope, string Title)> All()
    {
        var manifest = ReadJson("manifest.json");
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var localization = manifest["localizationInfo"]!;
        var languages = new List<(string Tag, JsonNode? Strings)> { (localization["defaultLanguageTag"]!.GetValue<string>(), null) };
        languages.AddRange((localization["additionalLanguages"]?.AsArray() ?? [])
            .Select(l => (l!["languageTag"]!.GetValue<string>(), (JsonNode?)ReadJson(l["file"]!.GetValue<string>()))));

        var commands = new List<(string, string, string)>();
        foreach (var (tag, strings) in languages)
        {
            for (var list = 0; list < lists.Count; list++)
            {
                var titles = lists[list]!["commands"]!.AsArray()
                    .Select((command, index) =>
                        strings?[$"bots[0].commandLists[{list}].commands[{index}].title"]?.GetValue<string>()
                        ?? command!["title"]!.GetValue<string>())
                    .ToList();
                foreach (var scope in lists[list]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()))
                {
                    commands.AddRange(titles.Select(title => (tag, scope, title)));
                }
            }
        }
        return commands;
    }

    private static JsonNode ReadJson(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Manifest, file)))!;
}
