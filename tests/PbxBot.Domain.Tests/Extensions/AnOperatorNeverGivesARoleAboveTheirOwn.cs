using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>
/// Seed 000, step 5: "vous ne pouvez pas attribuer un rôle supérieur au vôtre. Par exemple, un administrateur peut
/// créer des managers ou des administrateurs de département, mais pas d'autres administrateurs globaux."
/// </summary>
public sealed class AnOperatorNeverGivesARoleAboveTheirOwn
{
    private readonly RulesService rules = new();

    private Validation<Extension> Create(Operator actor, Role role) =>
        rules.ValidateExtension(SamplePbx.ValidDraft() with { Role = role }, SamplePbx.France(), actor, Now.Value);

    [Theory]
    [InlineData(Role.Users)]
    [InlineData(Role.Managers)]
    [InlineData(Role.GroupAdmins)]
    [InlineData(Role.GroupOwners)]
    public void AnAdminCreatesManagersAndDepartmentAdmins(Role role)
    {
        Assert.True(Create(Operators.SystemAdmin, role).IsValid);
    }

    [Theory]
    [InlineData(Role.SystemAdmins)]
    [InlineData(Role.SystemOwners)]
    public void AnAdminCannotCreateAnotherSystemAdmin(Role role)
    {
        var error = Create(Operators.SystemAdmin, role).Error(ErrorCodes.RoleTooHigh);

        Assert.Equal(ExtensionFields.Role, error.Field);
        Assert.Contains("Administrateur système", error.Message.French, StringComparison.Ordinal);
        Assert.Contains("Propriétaire de département", error.Message.French, StringComparison.Ordinal);
        Assert.Contains("System administrator", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOwnerCreatesSystemAdmins()
    {
        Assert.True(Create(Operators.SystemOwner, Role.SystemAdmins).IsValid);
    }

    [Fact]
    public void TheRoleMustBeStrictlyBelowNotEqual()
    {
        Assert.True(Create(Operators.SupportAdmin, Role.GroupAdmins).HasError(ErrorCodes.RoleTooHigh));
        Assert.True(Create(Operators.SupportAdmin, Role.Managers).IsValid);
    }

    [Fact]
    public void EveryRoleAtOrAboveTheOperatorsIsRefused()
    {
        foreach (var own in Roles.Ladder)
        {
            var actor = Operators.With(own, "support");
            foreach (var asked in Roles.Ladder)
            {
                Assert.Equal(asked >= own, Create(actor, asked).HasError(ErrorCodes.RoleTooHigh));
            }
        }
    }

    [Fact]
    public void AnOperatorWithoutRoleGivesNone()
    {
        var error = Create(Operators.Helpdesk, Role.Users).Error(ErrorCodes.RoleTooHigh);

        Assert.Contains("aucun", error.Message.French, StringComparison.Ordinal);
    }
}
