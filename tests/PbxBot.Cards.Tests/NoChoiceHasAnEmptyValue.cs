using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// Web Chat (and so the Emulator and the playground) renders a card blank, silently, when one of its choice sets has a
/// choice whose value is "": "none" is said with the placeholder instead. The renderer oracle does not catch this.
/// </summary>
public sealed class NoChoiceHasAnEmptyValue
{
    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public void EveryChoiceHasAValue(string sample)
    {
        var card = CardJson.ToJson(CardSamples.Build(sample));

        var empty = CardTree.Inputs(card)
            .SelectMany(i => i["choices"]?.AsArray() ?? [])
            .Where(c => string.IsNullOrEmpty(c?["value"]?.GetValue<string>()))
            .Select(c => c?["title"]?.GetValue<string>());

        Assert.Empty(empty);
    }
}
