using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>Seed 001: "Il s'adresse uniquement aux administrateurs ou propriétaires" of the system.</summary>
public sealed class OnlySystemRolesCreateDepartments
{
    [Theory]
    [InlineData(Role.SystemOwners, true)]
    [InlineData(Role.SystemAdmins, true)]
    [InlineData(Role.GroupOwners, false)]
    [InlineData(Role.GroupAdmins, false)]
    [InlineData(Role.Managers, false)]
    [InlineData(Role.Users, false)]
    public void OnlySystemOwnersAndAdminsCreateDepartments(Role role, bool allowed)
    {
        Assert.Equal(allowed, Operators.With(role, "support").CanCreateDepartment());
    }

    [Fact]
    public void AHelpdeskOperatorCreatesNoDepartment()
    {
        Assert.False(Operators.Helpdesk.CanCreateDepartment());
    }
}
