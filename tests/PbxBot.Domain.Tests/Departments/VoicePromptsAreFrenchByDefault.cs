using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Departments;

/// <summary>Seed 001: "Laissez les paramètres de directives vocales en français, sauf besoin spécifique."</summary>
public sealed class VoicePromptsAreFrenchByDefault
{
    private readonly RulesService rules = new();

    private Validation<Department> Validate(string? language) =>
        rules.ValidateDepartment(new DepartmentDraft { Name = "Test Justine", Language = language }, SamplePbx.France(), Operators.SystemAdmin);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void NoLanguageMeansFrench(string? language)
    {
        Assert.Equal("fr", Validate(language).Value!.Language);
        Assert.Equal("fr", new Department { Key = "k", Name = "N" }.Language);
    }

    [Theory]
    [InlineData("en-GB", "en-GB")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("de", "de")]
    public void ASupportedLanguageIsKeptInItsCanonicalSpelling(string typed, string expected)
    {
        Assert.Equal(expected, Validate(typed).Value!.Language);
    }

    [Fact]
    public void AnUnsupportedLanguageIsRefusedListingTheAvailableOnes()
    {
        var error = Validate("klingon").Error(ErrorCodes.DepartmentLanguageUnsupported);

        Assert.Equal(DepartmentFields.Language, error.Field);
        Assert.Contains("fr, en-GB", error.Message.French, StringComparison.Ordinal);
    }
}
