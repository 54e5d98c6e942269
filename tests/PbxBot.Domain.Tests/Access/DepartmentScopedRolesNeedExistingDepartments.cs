using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>Managers and department admins act for named departments: existing ones the granting operator acts for.</summary>
public sealed class DepartmentScopedRolesNeedExistingDepartments
{
    private readonly RulesService rules = new();

    [Fact]
    public void AManagerGrantWithoutDepartmentIsRefused()
    {
        var error = rules.ValidateGrant(Grants.For(Role.Managers), SamplePbx.France(), Operators.SystemAdmin).Error(ErrorCodes.GrantDepartmentsRequired);

        Assert.Equal(GrantFields.Departments, error.Field);
        Assert.Contains("Manager", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownDepartmentIsRefused()
    {
        var error = rules.ValidateGrant(Grants.For(Role.Managers, "marketing"), SamplePbx.France(), Operators.SystemAdmin).Error(ErrorCodes.GrantDepartmentUnknown);

        Assert.Contains("marketing", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void DepartmentsAreKeptAsTheirKeysOnce()
    {
        var grant = rules.ValidateGrant(Grants.For(Role.GroupAdmins, "Support", "support ", "Comptabilité"), SamplePbx.France(), Operators.SystemAdmin).Value!;

        Assert.Equal(["support", "comptabilite"], grant.Departments);
        Assert.Equal(Operators.SystemAdmin.UserId, grant.GrantedBy);
    }

    [Fact]
    public void ADepartmentAdminGrantsOnlyInTheirDepartments()
    {
        var validation = rules.ValidateGrant(Grants.For(Role.Managers, "support", "ventes"), SamplePbx.France(), Operators.SupportAdmin);

        var error = validation.Error(ErrorCodes.GrantDepartmentNotAllowed);
        Assert.Contains("Ventes", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemRolesCoverThePbxAndIgnoreDepartmentsWithAWarning()
    {
        var validation = rules.ValidateGrant(Grants.For(Role.SystemAdmins, "support"), SamplePbx.France(), Operators.SystemOwner);

        Assert.True(validation.IsValid);
        Assert.Empty(validation.Value!.Departments);
        Assert.True(validation.HasWarning(ErrorCodes.GrantDepartmentsIgnored));
    }
}
