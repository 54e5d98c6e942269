using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>The PBX's own dial codes (<see cref="PbxSettings.ReservedNumbers"/>) follow the same dialling rule as emergency numbers.</summary>
public sealed class ThePbxsReservedNumbersAreRefused
{
    private readonly RulesService rules = new();

    [Fact]
    public void AReservedCodeCannotBeAnExtension()
    {
        var check = rules.CheckNumber("800", SamplePbx.France().WithReserved("800"));

        Assert.Equal(NumberVerdict.Reserved, check.Verdict);
        Assert.Equal(ErrorCodes.NumberReserved, check.Error!.Code);
        Assert.Equal("Le 800 est un code réservé de ce PBX : il ne peut pas être une extension. Prochain numéro libre : 105.", check.Error.Message.French);
        Assert.Equal("800 is a reserved code of this PBX: it cannot be an extension. Next free number: 105.", check.Error.Message.English);
    }

    [Fact]
    public void AnExtensionStartingWithAReservedCodeIsRefused()
    {
        var check = rules.CheckNumber("890", SamplePbx.France().WithReserved("89"));

        Assert.Equal(NumberVerdict.Reserved, check.Verdict);
        Assert.Equal(ConflictKind.StartsWith, check.Conflict!.Kind);
    }

    [Fact]
    public void TheFirstFreeNumberSkipsReservedCodes()
    {
        var pbx = SamplePbx.France().WithReserved("105", "106");

        Assert.Equal("108", rules.FirstFreeNumber(pbx));
    }

    [Fact]
    public void ReservedCodesThatAreNotDigitsNeverCollide()
    {
        var pbx = SamplePbx.France().WithReserved("*99", "#1");

        Assert.Equal(NumberVerdict.Free, rules.CheckNumber("199", pbx).Verdict);
        Assert.Equal("105", rules.FirstFreeNumber(pbx));
    }
}
