using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>Seed 000, step 4 and seed 001: the user's primary department exists (by default, the PBX's default one) and the operator acts for it.</summary>
public sealed class ThePrimaryDepartmentMustExist
{
    private readonly RulesService rules = new();

    [Fact]
    public void AnExistingDepartmentIsKeptByItsKey()
    {
        var extension = rules.ValidateExtension(SamplePbx.ValidDraft() with { Department = "Ventes" }, SamplePbx.France(), Operators.SystemAdmin, Now.Value).Value!;

        Assert.Equal("ventes", extension.Department);
    }

    [Fact]
    public void ADepartmentNameWithOtherAccentsFindsTheDepartment()
    {
        var extension = rules.ValidateExtension(SamplePbx.ValidDraft() with { Department = "COMPTABILITE" }, SamplePbx.France(), Operators.SystemAdmin, Now.Value).Value!;

        Assert.Equal("comptabilite", extension.Department);
    }

    [Fact]
    public void NoDepartmentMeansThePbxsDefaultOne()
    {
        // "Par défaut, il n'y a qu'un seul département."
        var extension = rules.ValidateExtension(SamplePbx.ValidDraft() with { Department = null }, SamplePbx.France(), Operators.SystemAdmin, Now.Value).Value!;

        Assert.Equal("support", extension.Department);
    }

    [Fact]
    public void NoDepartmentAndNoDefaultOneIsAnError()
    {
        var pbx = SamplePbx.France() with { Departments = [SamplePbx.Ventes] };

        var error = rules.ValidateExtension(SamplePbx.ValidDraft() with { Department = "" }, pbx, Operators.SystemAdmin, Now.Value).Error(ErrorCodes.DepartmentRequired);

        Assert.Equal(ExtensionFields.Department, error.Field);
    }

    [Fact]
    public void AnUnknownDepartmentIsRefused()
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Department = "marketing" }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        var error = validation.Error(ErrorCodes.DepartmentUnknown);
        Assert.Equal(ExtensionFields.Department, error.Field);
        Assert.Contains("marketing", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ADepartmentAdminPlacesUsersOnlyInTheirDepartments()
    {
        var own = rules.ValidateExtension(SamplePbx.ValidDraft() with { Department = "support" }, SamplePbx.France(), Operators.SupportAdmin, Now.Value);
        var other = rules.ValidateExtension(SamplePbx.ValidDraft() with { Department = "ventes" }, SamplePbx.France(), Operators.SupportAdmin, Now.Value);

        Assert.True(own.IsValid);
        Assert.Equal("Vous n'administrez pas le département « Ventes » : choisissez l'un des vôtres.", other.Error(ErrorCodes.DepartmentNotAllowed).Message.French);
    }
}
