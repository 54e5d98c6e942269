using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>The welcome e-mail must reach someone: a given address is a plain, well-formed one.</summary>
public sealed class EmailAddressesAreWellFormed
{
    private readonly RulesService rules = new();

    private Validation<Extension> Validate(string email) =>
        rules.ValidateExtension(SamplePbx.ValidDraft() with { EmailAddress = email }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

    [Theory]
    [InlineData("justine.martin@acme.fr")]
    [InlineData("j+3cx@sub.acme.co.uk")]
    [InlineData("élodie@acme.fr")]
    public void AWellFormedAddressIsKept(string email)
    {
        Assert.Equal(email, Validate(email).Value!.EmailAddress);
    }

    [Fact]
    public void AnAddressIsTrimmed()
    {
        Assert.Equal("justine@acme.fr", Validate("  justine@acme.fr ").Value!.EmailAddress);
    }

    [Theory]
    [InlineData("justine")]
    [InlineData("justine@")]
    [InlineData("@acme.fr")]
    [InlineData("justine@acme")]
    [InlineData("justine@acme..fr")]
    [InlineData("justine martin@acme.fr")]
    [InlineData("Justine <justine@acme.fr>")]
    [InlineData("justine@acme.fr.")]
    public void AMalformedAddressIsAnError(string email)
    {
        var error = Validate(email).Error(ErrorCodes.EmailInvalid);

        Assert.Equal(ExtensionFields.Email, error.Field);
        Assert.Contains(email, error.Message.French, StringComparison.Ordinal);
    }
}
