using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Departments;

/// <summary>Seed 001, "Donnez un nom à votre nouveau département": required, and unique on the PBX whatever the case and accents.</summary>
public sealed class DepartmentNamesAreUniqueIgnoringCaseAndAccents
{
    private readonly RulesService rules = new();

    private Validation<Department> Validate(string? name) =>
        rules.ValidateDepartment(new DepartmentDraft { Name = name }, SamplePbx.France(), Operators.SystemAdmin);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ANameIsRequired(string? name)
    {
        var error = Validate(name).Error(ErrorCodes.DepartmentNameRequired);

        Assert.Equal(DepartmentFields.Name, error.Field);
    }

    [Theory]
    [InlineData("Support")]
    [InlineData("support")]
    [InlineData("  SUPPORT ")]
    [InlineData("comptabilite")]
    [InlineData("Comptabilité")]
    [InlineData("COMPTABILITÉ")]
    public void AnExistingNameIsRefusedWhateverItsCaseAndAccents(string name)
    {
        var error = Validate(name).Error(ErrorCodes.DepartmentNameTaken);

        Assert.Equal(DepartmentFields.Name, error.Field);
        Assert.Contains("majuscules et accents ne comptent pas", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewNameGetsItsNormalisedKey()
    {
        var department = Validate("  Test   Justine ").Value!;

        Assert.Equal("Test Justine", department.Name);
        Assert.Equal("test-justine", department.Key);
    }

    [Fact]
    public void ANameWithoutLetterOrDigitIsRefused()
    {
        Assert.True(Validate("!!!").HasError(ErrorCodes.DepartmentNameInvalid));
    }

    [Fact]
    public void ANameOfFiftyCharactersIsAcceptedAndOneMoreIsRefused()
    {
        Assert.True(Validate(new string('a', 50)).IsValid);
        Assert.True(Validate(new string('a', 51)).HasError(ErrorCodes.DepartmentNameTooLong));
    }
}
