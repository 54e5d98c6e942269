using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>Seed 000, step 3: "3CX bloque certains numéros d'urgence comme 911, 112, 15, 17, et 18".</summary>
public sealed class EmergencyNumbersAreNeverExtensions
{
    private readonly RulesService rules = new();

    [Theory]
    [InlineData("911")]
    [InlineData("112")]
    [InlineData("15")]
    [InlineData("17")]
    [InlineData("18")]
    public void TheSeedsEmergencyNumbersAreRefused(string number)
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Number = number }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        var error = validation.Error(ErrorCodes.NumberBlocked);
        Assert.Equal(ExtensionFields.Number, error.Field);
        Assert.Null(validation.Value);
    }

    [Theory]
    [InlineData("911", "US")]
    [InlineData("911", "JP")]
    [InlineData("15", "GB")]
    [InlineData("17", "DE")]
    [InlineData("18", "CH")]
    [InlineData("112", "US")]
    public void TheSeedsEmergencyNumbersAreRefusedWhateverTheCountry(string number, string country)
    {
        var pbx = SamplePbx.France().In(country).WithPlan(new DialPlan { ExtensionLength = 3, Ranges = [new NumberRange(0, 999)] });

        var check = rules.CheckNumber(number, pbx);

        Assert.Equal(NumberVerdict.Blocked, check.Verdict);
    }

    [Fact]
    public void TheMessageNamesTheEmergencyNumberTheCountryAndTheNextFreeNumber()
    {
        var check = rules.CheckNumber("112", SamplePbx.France());

        Assert.Equal("112", check.Conflict!.Blocked.Number);
        Assert.Equal("FR", check.Conflict.Blocked.Scope);
        Assert.Equal("105", check.NextFree);
        Assert.Equal(
            "Le 112 est un numéro d'urgence (Numéro d'urgence européen ; FR : 15, 17, 18, 112…) : il ne peut pas être une extension. Prochain numéro libre : 105.",
            check.Error!.Message.French);
        Assert.Equal(
            "112 is an emergency number (European emergency number; FR: 15, 17, 18, 112…): it cannot be an extension. Next free number: 105.",
            check.Error.Message.English);
    }

    [Fact]
    public void ANumberOfTheAlwaysListIsExplainedAsBlockedBy3CX()
    {
        var check = rules.CheckNumber("15", SamplePbx.France().In("JP"));

        Assert.Equal(BlockedNumber.AlwaysScope, check.Conflict!.Blocked.Scope);
        Assert.Contains("bloqués par 3CX : 911, 112, 15, 17…", check.Error!.Message.French, StringComparison.Ordinal);
        Assert.Contains("blocked by 3CX: 911, 112, 15, 17…", check.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExactEmergencyNumberIsNamedEvenWhenShorterThanTheDialPlan()
    {
        var check = rules.CheckNumber("15", SamplePbx.France());

        Assert.Equal(NumberVerdict.Blocked, check.Verdict);
        Assert.Contains("SAMU", check.Error!.Message.French, StringComparison.Ordinal);
    }
}
