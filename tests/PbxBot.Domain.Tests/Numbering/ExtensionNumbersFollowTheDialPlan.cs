using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>Seed 000, step 3: a number chosen "en suivant votre plan de numérotation interne" — digits, the plan's length, inside its ranges.</summary>
public sealed class ExtensionNumbersFollowTheDialPlan
{
    private readonly RulesService rules = new();

    [Theory]
    [InlineData("1O5")]
    [InlineData("10 5")]
    [InlineData("-105")]
    [InlineData("+105")]
    [InlineData("١٠٥")]
    public void ANumberHasDigitsOnly(string number)
    {
        var check = rules.CheckNumber(number, SamplePbx.France());

        Assert.Equal(NumberVerdict.NotDigits, check.Verdict);
        Assert.Equal(ErrorCodes.NumberNotDigits, check.Error!.Code);
        Assert.Equal(ExtensionFields.Number, check.Error.Field);
    }

    [Theory]
    [InlineData("1050")]
    [InlineData("0105")]
    [InlineData("22")]
    public void ANumberHasTheDialPlansLength(string number)
    {
        var check = rules.CheckNumber(number, SamplePbx.France());

        Assert.Equal(NumberVerdict.WrongLength, check.Verdict);
        Assert.Contains("en ont 3", check.Error!.Message.French, StringComparison.Ordinal);
        Assert.Contains("have 3", check.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ANumberOutsideTheRangeIsRefusedWithTheRangeInTheMessage()
    {
        var check = rules.CheckNumber("905", SamplePbx.France());

        Assert.Equal(NumberVerdict.OutOfRange, check.Verdict);
        Assert.Equal("Le 905 est hors du plan de numérotation (100–899) : choisissez un numéro dans cette plage. Prochain numéro libre : 105.", check.Error!.Message.French);
    }

    [Fact]
    public void EveryRangeOfThePlanIsAccepted()
    {
        var pbx = SamplePbx.France().WithPlan(new DialPlan { ExtensionLength = 3, Ranges = [new NumberRange(200, 299), new NumberRange(500, 599)] });

        Assert.Equal(NumberVerdict.Free, rules.CheckNumber("250", pbx).Verdict);
        Assert.Equal(NumberVerdict.Free, rules.CheckNumber("550", pbx).Verdict);
        Assert.Equal(NumberVerdict.OutOfRange, rules.CheckNumber("350", pbx).Verdict);
    }

    [Fact]
    public void LeadingZerosArePartOfTheNumber()
    {
        var pbx = SamplePbx.France().WithPlan(new DialPlan { ExtensionLength = 3, Ranges = [new NumberRange(0, 99)] }).WithUsed(20);

        Assert.Equal(NumberVerdict.Free, rules.CheckNumber("021", pbx).Verdict);
        Assert.Equal(NumberVerdict.Used, rules.CheckNumber("020", pbx).Verdict);
        Assert.Equal("000", rules.FirstFreeNumber(pbx));
    }

    [Fact]
    public void SurroundingSpacesAreIgnored()
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Number = " 105 " }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.Equal("105", validation.Value!.Number);
    }
}
