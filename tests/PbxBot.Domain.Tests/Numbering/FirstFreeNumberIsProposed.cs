using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>Seed 000, step 3: "Par défaut, 3CX propose le prochain numéro disponible."</summary>
public sealed class FirstFreeNumberIsProposed
{
    private readonly RulesService rules = new();

    [Fact]
    public void TheLowestUnusedNumberOfThePlanIsProposed()
    {
        Assert.Equal("105", rules.FirstFreeNumber(SamplePbx.France()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyNumberTakesTheFirstFreeOne(string? number)
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Number = number }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.True(validation.IsValid);
        Assert.Equal("105", validation.Value!.Number);
    }

    [Fact]
    public void BlockedBlocksAreSkipped()
    {
        // 110–111 used; 112 is the European emergency number; 113 is free.
        var pbx = SamplePbx.France().WithPlan(DialPlan.Single(110, 199)).WithUsed(110, 111);

        Assert.Equal("113", rules.FirstFreeNumber(pbx));
    }

    [Fact]
    public void AWholeEmergencyBlockIsSkipped()
    {
        // 150–159 start with the SAMU's 15: after 149 comes 160.
        var pbx = SamplePbx.France().WithPlan(DialPlan.Single(140, 199)).WithUsed(140, 141, 142, 143, 144, 145, 146, 147, 148, 149);

        Assert.Equal("160", rules.FirstFreeNumber(pbx));
    }

    [Fact]
    public void TheNextRangeOfThePlanIsUsedWhenTheFirstIsFull()
    {
        var pbx = SamplePbx.France().WithPlan(new DialPlan { ExtensionLength = 3, Ranges = [new NumberRange(600, 699), new NumberRange(200, 201)] })
            .WithUsed(200, 201);

        Assert.Equal("600", rules.FirstFreeNumber(pbx));
    }

    [Fact]
    public void AFullPlanHasNoFreeNumberAndSaysSo()
    {
        var pbx = SamplePbx.France().WithPlan(DialPlan.Single(100, 104));

        Assert.Null(rules.FirstFreeNumber(pbx));
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Number = null }, pbx, Operators.SystemAdmin, Now.Value);
        var error = validation.Error(ErrorCodes.NumberNoneFree);
        Assert.Equal(ExtensionFields.Number, error.Field);
        Assert.Contains("100–104", error.Message.French, StringComparison.Ordinal);
        Assert.Contains("100–104", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AFullPlanSaysSoInsteadOfANextNumber()
    {
        var pbx = SamplePbx.France().WithPlan(DialPlan.Single(100, 104));

        var check = rules.CheckNumber("102", pbx);

        Assert.Null(check.NextFree);
        Assert.EndsWith("Aucun numéro libre dans le plan de numérotation.", check.Error!.Message.French, StringComparison.Ordinal);
        Assert.EndsWith("No free number is left in the dial plan.", check.Error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("104", "105")]
    [InlineData("105", "106")]
    [InlineData("106", "108")]
    [InlineData("111", "113")]
    [InlineData("149", "160")]
    [InlineData("899", null)]
    [InlineData("abc", "105")]
    public void TheNextFreeNumberAfterAGivenOneSkipsUsedAndBlockedNumbers(string after, string? expected)
    {
        Assert.Equal(expected, rules.NextFreeAfter(SamplePbx.France(), after));
    }

    [Fact]
    public void RangesBeyondThePlansLengthAreIgnored()
    {
        // A range 990–1005 in a 3-digit plan: 1000–1005 have four digits and can never be extensions.
        var pbx = SamplePbx.France().WithPlan(new DialPlan { ExtensionLength = 3, Ranges = [new NumberRange(990, 1005)] })
            .WithUsed(990, 991, 992, 993, 994, 995, 996, 997, 998, 999);

        Assert.Null(rules.FirstFreeNumber(pbx));
    }
}
