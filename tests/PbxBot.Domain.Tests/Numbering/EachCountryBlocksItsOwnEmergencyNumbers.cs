using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>The blocked numbers are data, per country: the PBX's country decides which ones apply.</summary>
public sealed class EachCountryBlocksItsOwnEmergencyNumbers
{
    private readonly RulesService rules = new();

    [Theory]
    [InlineData("FR", "15", "FR")]
    [InlineData("FR", "114", "FR")]
    [InlineData("FR", "115", "FR")]
    [InlineData("FR", "119", "FR")]
    [InlineData("FR", "191", "FR")]
    [InlineData("FR", "196", "FR")]
    [InlineData("FR", "197", "FR")]
    [InlineData("FR", "116000", "FR")]
    [InlineData("FR", "116117", "FR")]
    [InlineData("BE", "100", "BE")]
    [InlineData("BE", "101", "BE")]
    [InlineData("BE", "1722", "BE")]
    [InlineData("BE", "1733", "BE")]
    [InlineData("CH", "117", "CH")]
    [InlineData("CH", "118", "CH")]
    [InlineData("CH", "144", "CH")]
    [InlineData("CH", "1414", "CH")]
    [InlineData("GB", "999", "GB")]
    [InlineData("GB", "111", "GB")]
    [InlineData("GB", "101", "GB")]
    [InlineData("UK", "999", "GB")]
    [InlineData("US", "911", "US")]
    [InlineData("US", "933", "US")]
    [InlineData("US", "988", "US")]
    [InlineData("US", "311", "US")]
    [InlineData("DE", "110", "DE")]
    [InlineData("DE", "116116", "DE")]
    [InlineData("DE", "19222", "DE")]
    [InlineData("ES", "091", "ES")]
    [InlineData("ES", "061", "ES")]
    [InlineData("ES", "016", "ES")]
    [InlineData("IT", "113", "IT")]
    [InlineData("IT", "1530", "IT")]
    [InlineData("IT", "1515", "IT")]
    [InlineData("PT", "112", "EU")]
    [InlineData("AT", "116111", "EU")]
    public void TheCountrysNumberIsRefusedAndAttributedToItsList(string country, string number, string scope)
    {
        var check = rules.CheckNumber(number, AnyNumberOfLength(number.Length, country));

        Assert.Equal(NumberVerdict.Blocked, check.Verdict);
        Assert.Equal(ConflictKind.Equal, check.Conflict!.Kind);
        Assert.Equal(scope, check.Conflict.Blocked.Scope);
        Assert.False(string.IsNullOrWhiteSpace(check.Conflict.Blocked.Label.French));
    }

    [Theory]
    [InlineData("FR", "999")]
    [InlineData("FR", "117")]
    [InlineData("BE", "144")]
    [InlineData("US", "999")]
    [InlineData("GB", "110")]
    public void AnotherCountrysNumberIsAnOrdinaryExtension(string country, string number)
    {
        Assert.Equal(NumberVerdict.Free, rules.CheckNumber(number, AnyNumberOfLength(number.Length, country)).Verdict);
    }

    [Fact]
    public void TheTableCoversTheCountriesOfTheIssue()
    {
        var table = BlockedNumbers.Embedded;

        Assert.Superset(new HashSet<string>(["FR", "BE", "CH", "GB", "US", "DE", "ES", "IT"]), table.Countries.ToHashSet());
        Assert.Equal(["911", "112", "15", "17", "18"], table.Always.Select(b => b.Number));
        Assert.Contains(table.For("FR"), b => b.Number == "112");
        Assert.Equal(table.For("GB"), table.For("uk"));
    }

    [Fact]
    public void EveryEntryHasDigitsALabelInBothLanguagesAndASource()
    {
        var table = BlockedNumbers.Embedded;
        var entries = table.Countries.Append("PT").SelectMany(table.For).ToArray();

        Assert.NotEmpty(entries);
        Assert.All(entries, b =>
        {
            Assert.True(ExtensionNumbers.IsDigits(b.Number), b.Number);
            Assert.False(string.IsNullOrWhiteSpace(b.Label.French), b.Number);
            Assert.False(string.IsNullOrWhiteSpace(b.Label.English), b.Number);
            Assert.False(string.IsNullOrWhiteSpace(b.Source), b.Number);
            Assert.NotEqual(BlockKind.Reserved, b.Kind);
        });
    }

    [Fact]
    public void AnotherTableCanBeGivenToTheRulesService()
    {
        var table = BlockedNumbers.Parse("""
            { "always": { "source": "test", "numbers": [ { "number": "42", "kind": "emergency", "fr": "Quarante-deux", "en": "Forty-two" } ] } }
            """);
        var custom = new RulesService(table);

        Assert.Equal(NumberVerdict.Blocked, custom.CheckNumber("420", SamplePbx.France()).Verdict);
        Assert.Equal(NumberVerdict.Free, custom.CheckNumber("150", SamplePbx.France()).Verdict);
    }

    /// <summary>A PBX whose plan is every number of that many digits, nothing used: only blocked numbers are refused.</summary>
    private static PbxSnapshot AnyNumberOfLength(int length, string country) =>
        SamplePbx.France().In(country).WithUsed().WithPlan(new DialPlan
        {
            ExtensionLength = length,
            Ranges = [new NumberRange(0, (int)ExtensionNumbers.PowerOfTen(length) - 1)],
        });
}
