using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>Seed 000, step 7: a DID ("numéro SDA") chosen from the PBX's pool, not another extension's, becomes the outbound caller ID.</summary>
public sealed class DidBecomesTheOutboundCallerId
{
    private readonly RulesService rules = new();

    private Validation<Extension> Validate(string? did, PbxSnapshot? pbx = null) =>
        rules.ValidateExtension(SamplePbx.ValidDraft() with { Did = did }, pbx ?? SamplePbx.France(), Operators.SystemAdmin, Now.Value);

    [Fact]
    public void AFreeDidOfThePoolIsTheOutboundCallerId()
    {
        var extension = Validate(SamplePbx.FreeDid.Number).Value!;

        Assert.Equal("+33180203040", extension.Did);
        Assert.Equal("+33180203040", extension.OutboundCallerId);
    }

    [Fact]
    public void ADidTypedInTheNationalFormatIsFoundInThePool()
    {
        Assert.Equal("+33180203042", Validate("01 80 20 30 42").Value!.Did);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TheDidIsOptional(string? did)
    {
        var extension = Validate(did).Value!;

        Assert.Null(extension.Did);
        Assert.Null(extension.OutboundCallerId);
    }

    [Fact]
    public void ADidOutsideThePoolIsRefused()
    {
        var error = Validate("+33180209999").Error(ErrorCodes.DidUnknown);

        Assert.Equal(ExtensionFields.Did, error.Field);
    }

    [Fact]
    public void ADidAssignedToAnotherExtensionIsRefusedNamingIt()
    {
        var error = Validate(SamplePbx.TakenDid.Number).Error(ErrorCodes.DidTaken);

        Assert.Equal(ExtensionFields.Did, error.Field);
        Assert.Equal("Le numéro SDA +33180203041 est déjà attribué à l'extension 101 : choisissez un SDA libre.", error.Message.French);
        Assert.Equal("DID +33180203041 is already assigned to extension 101: pick a free DID.", error.Message.English);
    }
}
