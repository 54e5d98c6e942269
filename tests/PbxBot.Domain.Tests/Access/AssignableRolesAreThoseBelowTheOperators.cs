using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>Seed 000, step 5: the role list an operator sees holds only roles strictly below theirs, lowest first.</summary>
public sealed class AssignableRolesAreThoseBelowTheOperators
{
    [Fact]
    public void ASystemAdminSeesUpToDepartmentOwner()
    {
        Assert.Equal([Role.Users, Role.Receptionists, Role.Managers, Role.GroupAdmins, Role.GroupOwners], Operators.SystemAdmin.AssignableRoles());
    }

    [Fact]
    public void AUserAndAHelpdeskOperatorSeeNone()
    {
        Assert.Empty(Operators.With(Role.Users).AssignableRoles());
        Assert.Empty(Operators.Helpdesk.AssignableRoles());
    }

    [Fact]
    public void TheLadderIsThe3CXOneLowestFirst()
    {
        Assert.Equal(["users", "receptionists", "managers", "group_admins", "group_owners", "system_admins", "system_owners"], Roles.Ladder.Select(r => r.RoleName()));
        Assert.True(Roles.TryParse(" Group_Admins ", out var parsed));
        Assert.Equal(Role.GroupAdmins, parsed);
        Assert.False(Roles.TryParse("admin", out _));
    }

    [Fact]
    public void OnlyAdminsAndOwnersGrantAccess()
    {
        Assert.True(Operators.SupportAdmin.CanGrant(Role.Managers));
        Assert.False(Operators.SupportAdmin.CanGrant(Role.GroupAdmins));
        Assert.False(Operators.SupportManager.CanGrant(Role.Users));
    }
}
