using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>Seed 000, step 9: helpdesk resends welcome e-mails; it can be granted alone, without any role.</summary>
public sealed class HelpdeskIsACapabilityOfItsOwn
{
    private readonly RulesService rules = new();

    [Fact]
    public void AHelpdeskOnlyGrantIsValid()
    {
        var validation = rules.ValidateGrant(Grants.For(null) with { Helpdesk = true }, SamplePbx.France(), Operators.SystemAdmin);

        Assert.True(validation.IsValid);
        Assert.Null(validation.Value!.Role);
        Assert.True(validation.Value.Helpdesk);
    }

    [Fact]
    public void AGrantWithNeitherRoleNorHelpdeskGivesNothingAndIsRefused()
    {
        var error = rules.ValidateGrant(Grants.For(null), SamplePbx.France(), Operators.SystemAdmin).Error(ErrorCodes.GrantEmpty);

        Assert.Equal(GrantFields.Role, error.Field);
    }

    [Fact]
    public void HelpdeskAndARoleGoTogether()
    {
        var validation = rules.ValidateGrant(Grants.For(Role.Managers, "support") with { Helpdesk = true }, SamplePbx.France(), Operators.SystemAdmin);

        Assert.True(validation.IsValid);
    }

    [Fact]
    public void HelpdeskCoversThePbxSoDepartmentsAreIgnored()
    {
        var validation = rules.ValidateGrant(Grants.For(null, "support") with { Helpdesk = true }, SamplePbx.France(), Operators.SystemAdmin);

        Assert.Empty(validation.Value!.Departments);
        Assert.True(validation.HasWarning(ErrorCodes.GrantDepartmentsIgnored));
    }
}
