using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>System roles act on the whole PBX; department admins and owners only on the departments of their grant.</summary>
public sealed class DepartmentAdminsActOnlyForTheirDepartments
{
    [Fact]
    public void ASystemAdminActsEverywhere()
    {
        var admin = Operators.SystemAdmin;

        Assert.True(admin.ActsFor("ventes"));
        Assert.True(admin.CanCreateExtension("ventes"));
        Assert.True(admin.CanEditOfficeHours("ventes"));
        Assert.True(admin.CanSetPrimaryDepartment("ventes"));
    }

    [Fact]
    public void ADepartmentAdminActsInTheirDepartmentsOnly()
    {
        var admin = Operators.SupportAdmin;

        Assert.True(admin.CanCreateExtension("support"));
        Assert.True(admin.CanCreateExtension("SUPPORT"));
        Assert.True(admin.CanEditOfficeHours("support"));
        Assert.False(admin.CanCreateExtension("ventes"));
        Assert.False(admin.CanEditOfficeHours("ventes"));
        Assert.False(admin.CanSetPrimaryDepartment("ventes"));
    }

    [Fact]
    public void ADepartmentAdminMayOpenTheCreateExtensionWizardBeforePickingADepartment()
    {
        Assert.True(Operators.SupportAdmin.CanCreateExtension(null));
        Assert.True(Operators.SupportOwner.CanCreateExtension(null));
    }

    [Fact]
    public void AManagerNeitherCreatesExtensionsNorEditsOfficeHours()
    {
        Assert.False(Operators.SupportManager.CanCreateExtension("support"));
        Assert.False(Operators.SupportManager.CanEditOfficeHours("support"));
    }
}
