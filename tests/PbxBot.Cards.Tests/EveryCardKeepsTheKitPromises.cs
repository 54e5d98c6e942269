using System.Text.Json.Nodes;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// What holds on every card the bot sends (<see cref="CardSamples"/>), beyond what the renderer checks: the
/// bot can read every button back, and every required field explains itself.
/// </summary>
public sealed class EveryCardKeepsTheKitPromises
{
    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public void EveryRequiredInputHasALabelAndAnErrorMessage(string sample)
    {
        var card = CardJson.ToJson(CardSamples.Build(sample));

        var unexplained = CardTree.Inputs(card)
            .Where(i => i["isRequired"]?.GetValue<bool>() == true)
            .Where(i => string.IsNullOrWhiteSpace(Text(i, "label")) || string.IsNullOrWhiteSpace(Text(i, "errorMessage")))
            .Select(i => Text(i, "id"));

        Assert.Empty(unexplained);
    }

    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public void NoInputIdShadowsAKeyTheBotReadsFromButtonData(string sample)
    {
        var card = CardJson.ToJson(CardSamples.Build(sample));

        var shadowing = CardTree.Inputs(card).Select(i => Text(i, "id")).Where(id => CardDataKeys.Reserved.Contains(id));

        Assert.Empty(shadowing);
    }

    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public void EveryExecuteActionFallsBackToASubmitWithTheSameTitleVerbAndData(string sample)
    {
        var card = CardJson.ToJson(CardSamples.Build(sample));

        foreach (var execute in CardTree.Actions(card).Where(a => CardTree.TypeOf(a) == "Action.Execute" && !IsRefresh(card, a)))
        {
            var fallback = Assert.IsType<JsonObject>(execute["fallback"]);
            Assert.Equal("Action.Submit", CardTree.TypeOf(fallback));
            Assert.Equal(Text(execute, "title"), Text(fallback, "title"));
            var expected = execute["data"]?.DeepClone().AsObject() ?? [];
            expected.Insert(0, CardDataKeys.Verb, Text(execute, "verb"));
            JsonAssert.Equal(expected.ToJsonString(), fallback["data"]);
        }
    }

    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public void EverySubmitActionCarriesAVerb(string sample)
    {
        var card = CardJson.ToJson(CardSamples.Build(sample));

        var silent = CardTree.Actions(card)
            .Where(a => CardTree.TypeOf(a) == "Action.Submit")
            .Where(a => string.IsNullOrWhiteSpace(a["data"]?[CardDataKeys.Verb]?.GetValue<string>()))
            .Select(a => Text(a, "title"));

        Assert.Empty(silent);
    }

    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public void EveryCardIsSchema15AndDeclaresItsLanguage(string sample)
    {
        var card = CardJson.ToJson(CardSamples.Build(sample));

        Assert.Equal("1.5", Text(card, "version"));
        Assert.Contains(Text(card, "lang"), new[] { "fr", "en" });
    }

    private static bool IsRefresh(JsonObject card, JsonObject action) => ReferenceEquals(card["refresh"]?["action"], action);

    private static string Text(JsonObject node, string property) => node[property]?.GetValue<string>() ?? "";
}
