using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>Seed 000, step 4: "Prénom et Nom" — both required, trimmed, of a sensible length.</summary>
public sealed class NamesAreRequiredTrimmedAndBounded
{
    private readonly RulesService rules = new();

    private Validation<Extension> Validate(ExtensionDraft draft) => rules.ValidateExtension(draft, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AFirstNameIsRequired(string? firstName)
    {
        var error = Validate(SamplePbx.ValidDraft() with { FirstName = firstName }).Error(ErrorCodes.FirstNameRequired);

        Assert.Equal(ExtensionFields.FirstName, error.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\t")]
    public void ALastNameIsRequired(string? lastName)
    {
        var error = Validate(SamplePbx.ValidDraft() with { LastName = lastName }).Error(ErrorCodes.LastNameRequired);

        Assert.Equal(ExtensionFields.LastName, error.Field);
    }

    [Fact]
    public void NamesAreTrimmedAndInnerSpacesCollapsed()
    {
        var extension = Validate(SamplePbx.ValidDraft() with { FirstName = "  Jean   Pierre ", LastName = " de  La Fontaine " }).Value!;

        Assert.Equal("Jean Pierre", extension.FirstName);
        Assert.Equal("de La Fontaine", extension.LastName);
        Assert.Equal("Jean Pierre de La Fontaine", extension.DisplayName);
    }

    [Fact]
    public void ANameOfFiftyCharactersIsAcceptedAndOneMoreIsRefused()
    {
        Assert.True(Validate(SamplePbx.ValidDraft() with { LastName = new string('a', 50) }).IsValid);

        var error = Validate(SamplePbx.ValidDraft() with { LastName = new string('a', 51) }).Error(ErrorCodes.LastNameTooLong);
        Assert.Contains("50", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameWithALineBreakIsRefused()
    {
        Assert.True(Validate(SamplePbx.ValidDraft() with { FirstName = "Jus\ntine" }).HasError(ErrorCodes.FirstNameInvalid));
    }

    [Fact]
    public void AccentsAndHyphensAreOrdinaryNameCharacters()
    {
        var extension = Validate(SamplePbx.ValidDraft() with { FirstName = "Éloïse-Anaïs", LastName = "O'Connor" }).Value!;

        Assert.Equal("Éloïse-Anaïs", extension.FirstName);
    }
}
