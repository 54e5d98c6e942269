using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>A grant names a Teams user other than the operator, on the PBX being administered.</summary>
public sealed class GrantsGoToSomeoneElseOnThisPbx
{
    private readonly RulesService rules = new();

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AUserIsRequired(string userId)
    {
        var error = rules.ValidateGrant(Grants.For(Role.Managers, "support") with { UserId = userId }, SamplePbx.France(), Operators.SystemAdmin).Error(ErrorCodes.GrantUserRequired);

        Assert.Equal(GrantFields.User, error.Field);
    }

    [Fact]
    public void AnOperatorCannotChangeTheirOwnAccess()
    {
        var grant = Grants.For(Role.Managers, "support") with { UserId = Operators.SystemAdmin.UserId.ToUpperInvariant() };

        Assert.True(rules.ValidateGrant(grant, SamplePbx.France(), Operators.SystemAdmin).HasError(ErrorCodes.GrantSelf));
    }

    [Fact]
    public void AGrantForAnotherPbxIsRefused()
    {
        var error = rules.ValidateGrant(Grants.For(Role.Managers, "support") with { PbxId = "pbx-other" }, SamplePbx.France(), Operators.SystemAdmin).Error(ErrorCodes.GrantPbxMismatch);

        Assert.Equal(GrantFields.Pbx, error.Field);
        Assert.Contains("pbx-other", error.Message.English, StringComparison.Ordinal);
    }
}
