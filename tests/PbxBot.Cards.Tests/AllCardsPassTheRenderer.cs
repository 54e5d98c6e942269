using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// Every card the bot can send (<see cref="CardSamples"/>) parses and validates in the official Adaptive Cards
/// renderer, at schema 1.5, with no error at all. The whole list is judged in one node run, shared by the cases.
/// </summary>
public sealed class AllCardsPassTheRenderer
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, RendererVerdict>>> Verdicts = new(JudgeAllAsync);

    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public async Task TheRendererReportsNoError(string sample)
    {
        var verdicts = await Verdicts.Value.WaitAsync(TestContext.Current.CancellationToken);

        var verdict = verdicts[sample];
        Assert.True(verdict.Passes, verdict.ToString());
    }

    [Fact]
    public void SampleNamesAreUnique()
    {
        var duplicates = CardSamples.All.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    private static async Task<IReadOnlyDictionary<string, RendererVerdict>> JudgeAllAsync()
    {
        var verdicts = await AdaptiveCardsOracle.ValidateAsync(CardSamples.All.Select(s => (s.Name, s.Build())), CancellationToken.None);
        return verdicts.ToDictionary(v => v.Name);
    }
}
