using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>
/// DESIGN, blocked numbers: an extension may never start with an emergency number (the phone would dial the 15
/// before the last digit of 150) nor be the beginning of one (with 116 taken, 116000 could no longer be dialled).
/// </summary>
public sealed class AnExtensionNeverMakesAnEmergencyNumberUndialable
{
    private readonly RulesService rules = new();

    [Theory]
    [InlineData("150", "15")]
    [InlineData("159", "15")]
    [InlineData("170", "17")]
    [InlineData("189", "18")]
    public void AnExtensionStartingWithAnEmergencyNumberIsRefused(string number, string emergency)
    {
        var check = rules.CheckNumber(number, SamplePbx.France());

        Assert.Equal(NumberVerdict.Blocked, check.Verdict);
        Assert.Equal(ConflictKind.StartsWith, check.Conflict!.Kind);
        Assert.Equal(emergency, check.Conflict.Blocked.Number);
        Assert.StartsWith($"Le {number} commence par le {emergency}, un numéro d'urgence", check.Error!.Message.French, StringComparison.Ordinal);
        Assert.StartsWith($"{number} starts with {emergency}, an emergency number", check.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExtensionThatIsTheBeginningOfAServiceNumberIsRefused()
    {
        var check = rules.CheckNumber("116", SamplePbx.France());

        Assert.Equal(NumberVerdict.Blocked, check.Verdict);
        Assert.Equal(ConflictKind.IsPrefixOf, check.Conflict!.Kind);
        Assert.StartsWith("116", check.Conflict.Blocked.Number, StringComparison.Ordinal);
        Assert.StartsWith("Le 116 est le début du 116", check.Error!.Message.French, StringComparison.Ordinal);
        Assert.Contains("qui ne pourrait plus être composé", check.Error.Message.French, StringComparison.Ordinal);
        Assert.Contains("could no longer be dialled", check.Error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1120")]
    [InlineData("1129")]
    [InlineData("1500")]
    [InlineData("1599")]
    [InlineData("1160")]
    [InlineData("1161")]
    public void WithFourDigitsWholeBlocksAreRefused(string number)
    {
        var pbx = SamplePbx.France().WithPlan(DialPlan.Single(1000, 1999)).WithUsed();

        Assert.Equal(NumberVerdict.Blocked, rules.CheckNumber(number, pbx).Verdict);
    }

    [Theory]
    [InlineData("1110")]
    [InlineData("1162")]
    [InlineData("1600")]
    [InlineData("1200")]
    public void NumbersBesideTheBlockedBlocksStayFree(string number)
    {
        var pbx = SamplePbx.France().WithPlan(DialPlan.Single(1000, 1999)).WithUsed();

        Assert.Equal(NumberVerdict.Free, rules.CheckNumber(number, pbx).Verdict);
    }

    [Fact]
    public void ALongerNumberThatOnlySharesDigitsWithAnEmergencyNumberIsFree()
    {
        // 511 is a US service code, not a French one: in France it is an ordinary extension.
        Assert.Equal(NumberVerdict.Free, rules.CheckNumber("511", SamplePbx.France()).Verdict);
        Assert.Equal(NumberVerdict.Blocked, rules.CheckNumber("511", SamplePbx.France().In("US")).Verdict);
    }
}
