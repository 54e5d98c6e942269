using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>Two extensions never share a number; the message proposes the next free one.</summary>
public sealed class AUsedNumberIsRefused
{
    private readonly RulesService rules = new();

    [Fact]
    public void AUsedNumberIsRefusedWithTheNextFreeNumber()
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Number = "103" }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        var error = validation.Error(ErrorCodes.NumberUsed);
        Assert.Equal(ExtensionFields.Number, error.Field);
        Assert.Equal("Le 103 est déjà attribué à une autre extension. Prochain numéro libre : 105.", error.Message.French);
        Assert.Equal("103 is already taken by another extension. Next free number: 105.", error.Message.English);
    }

    [Fact]
    public void AFreeNumberBetweenUsedOnesIsAccepted()
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Number = "106" }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.True(validation.IsValid);
        Assert.Equal("106", validation.Value!.Number);
    }
}
