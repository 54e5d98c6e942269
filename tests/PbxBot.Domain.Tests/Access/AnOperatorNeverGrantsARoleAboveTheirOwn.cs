using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>Giving access follows the seed's role rule: owners and admins grant only roles strictly below their own.</summary>
public sealed class AnOperatorNeverGrantsARoleAboveTheirOwn
{
    private readonly RulesService rules = new();

    [Theory]
    [InlineData(Role.SystemAdmins, Role.GroupOwners, true)]
    [InlineData(Role.SystemAdmins, Role.SystemAdmins, false)]
    [InlineData(Role.SystemAdmins, Role.SystemOwners, false)]
    [InlineData(Role.SystemOwners, Role.SystemAdmins, true)]
    [InlineData(Role.GroupAdmins, Role.Managers, true)]
    [InlineData(Role.GroupAdmins, Role.GroupAdmins, false)]
    [InlineData(Role.GroupOwners, Role.GroupAdmins, true)]
    public void TheGrantedRoleIsStrictlyBelowTheGrantingOperators(Role own, Role granted, bool allowed)
    {
        var validation = rules.ValidateGrant(Grants.For(granted, "support"), SamplePbx.France(), Operators.With(own, "support"));

        Assert.Equal(!allowed, validation.HasError(ErrorCodes.GrantRoleTooHigh));
    }

    [Theory]
    [InlineData(Role.Users)]
    [InlineData(Role.Receptionists)]
    [InlineData(Role.Managers)]
    public void ManagersAndBelowGrantNothing(Role own)
    {
        var validation = rules.ValidateGrant(Grants.For(Role.Users, "support"), SamplePbx.France(), Operators.With(own, "support"));

        var error = validation.Error(ErrorCodes.GrantNotAllowed);
        Assert.Equal(GrantFields.Role, error.Field);
        Assert.False(validation.HasError(ErrorCodes.GrantRoleTooHigh));
    }

    [Fact]
    public void AHelpdeskOnlyOperatorGrantsNothing()
    {
        Assert.True(rules.ValidateGrant(Grants.For(null) with { Helpdesk = true }, SamplePbx.France(), Operators.Helpdesk).HasError(ErrorCodes.GrantNotAllowed));
    }

    [Fact]
    public void TheMessageListsTheRolesThatCanBeGranted()
    {
        var error = rules.ValidateGrant(Grants.For(Role.GroupAdmins, "support"), SamplePbx.France(), Operators.SupportAdmin).Error(ErrorCodes.GrantRoleTooHigh);

        Assert.Equal(GrantFields.Role, error.Field);
        Assert.EndsWith("Rôles possibles : Utilisateur, Réceptionniste, Manager.", error.Message.French, StringComparison.Ordinal);
    }
}
