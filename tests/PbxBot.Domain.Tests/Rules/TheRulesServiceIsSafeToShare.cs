using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Rules;

/// <summary>One instance serves every conversation at once: concurrent validations give the same answers as sequential ones.</summary>
public sealed class TheRulesServiceIsSafeToShare
{
    [Fact]
    public void ConcurrentValidationsAgreeWithSequentialOnes()
    {
        var rules = new RulesService(BlockedNumbers.Parse(TableJson()));
        var countries = new[] { "FR", "BE", "CH", "GB", "US", "DE", "ES", "IT" };
        var pbxs = countries.Select(c => SamplePbx.France().In(c)).ToArray();
        var numbers = Enumerable.Range(100, 200).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var concurrent = pbxs.AsParallel().SelectMany(p => numbers.AsParallel().Select(n => (p.Settings.Country, n, rules.CheckNumber(n, p).Verdict))).ToHashSet();
        var sequential = pbxs.SelectMany(p => numbers.Select(n => (p.Settings.Country, n, rules.CheckNumber(n, p).Verdict))).ToHashSet();

        Assert.Equal(sequential.Count, concurrent.Count);
        Assert.True(sequential.SetEquals(concurrent));
    }

    /// <summary>The embedded table parsed afresh, so that this test starts from a cold per-country cache.</summary>
    private static string TableJson()
    {
        using var stream = typeof(BlockedNumbers).Assembly.GetManifestResourceStream("PbxBot.Domain.blocked-numbers.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
