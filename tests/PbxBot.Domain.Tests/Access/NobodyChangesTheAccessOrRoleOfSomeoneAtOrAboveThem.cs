using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>
/// "Never a role above your own" also protects people who already have one: an operator rewrites only grants below
/// their role and within their departments, and moves to another primary department (which sets the user's role)
/// only users whose role is below theirs.
/// </summary>
public sealed class NobodyChangesTheAccessOrRoleOfSomeoneAtOrAboveThem
{
    private static Grant Existing(Role? role, params string[] departments) =>
        new() { PbxId = SamplePbx.Id, UserId = "someone", Role = role, Departments = departments };

    [Fact]
    public void AnAdminCannotRewriteTheOwnersGrant() =>
        Assert.False(Operators.SystemAdmin.CanChangeGrant(Existing(Role.SystemOwners)));

    [Fact]
    public void AnAdminCannotRewriteAnotherAdminsGrant() =>
        Assert.False(Operators.SystemAdmin.CanChangeGrant(Existing(Role.SystemAdmins)));

    [Fact]
    public void AnAdminRewritesAManagersGrant() =>
        Assert.True(Operators.SystemAdmin.CanChangeGrant(Existing(Role.Managers, "support", "ventes")));

    [Fact]
    public void AHelpdeskOnlyGrantIsBelowEveryAdmin() =>
        Assert.True(Operators.SupportAdmin.CanChangeGrant(Existing(null)));

    [Fact]
    public void ADepartmentAdminCannotRewriteAGrantOnAnotherDepartment() =>
        Assert.False(Operators.SupportAdmin.CanChangeGrant(Existing(Role.Managers, "support", "ventes")));

    [Fact]
    public void ADepartmentAdminRewritesAGrantOnTheirDepartment() =>
        Assert.True(Operators.SupportAdmin.CanChangeGrant(Existing(Role.Managers, "support")));

    [Theory]
    [InlineData(Role.Users, true)]
    [InlineData(Role.Managers, true)]
    [InlineData(Role.GroupAdmins, false)]
    [InlineData(Role.SystemAdmins, false)]
    public void ADepartmentAdminMovesOnlyUsersBelowThem(Role userRole, bool may) =>
        Assert.Equal(may, Operators.SupportAdmin.CanMoveUserOfRole(userRole));

    [Fact]
    public void AHelpdeskOperatorMovesNobody() =>
        Assert.False(Operators.Helpdesk.CanMoveUserOfRole(Role.Users));
}
