using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Departments;

/// <summary>Seed 001, "Ajouter des utilisateurs" and "Comprendre les rôles": existing extensions, each once, each with a role below the operator's.</summary>
public sealed class MembersAreExistingExtensionsWithRolesBelowTheOperators
{
    private readonly RulesService rules = new();

    private Validation<Department> Validate(Operator actor, params DepartmentMember[] members) =>
        rules.ValidateDepartment(new DepartmentDraft { Name = "Test Justine", Members = members }, SamplePbx.France(), actor);

    [Fact]
    public void ExistingExtensionsWithLowerRolesAreMembers()
    {
        var validation = Validate(Operators.SystemAdmin, new("100", Role.GroupOwners), new("101", Role.Receptionists), new("107", Role.Users));

        Assert.True(validation.IsValid);
        Assert.Equal(3, validation.Value!.Members.Count);
    }

    [Theory]
    [InlineData("105")]
    [InlineData("999")]
    [InlineData("0100")]
    [InlineData("abc")]
    public void ANumberThatIsNotAnExtensionIsRefused(string number)
    {
        var error = Validate(Operators.SystemAdmin, new DepartmentMember(number, Role.Users)).Error(ErrorCodes.MemberUnknown);

        Assert.Equal(DepartmentFields.Members, error.Field);
        Assert.Contains(number, error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberAddedTwiceIsReportedOnce()
    {
        var validation = Validate(Operators.SystemAdmin, new("100", Role.Users), new("100", Role.Managers), new("100", Role.Users));

        Assert.Single(validation.Errors, e => e.Code == ErrorCodes.MemberDuplicate);
    }

    [Fact]
    public void AMemberRoleAtOrAboveTheOperatorsIsRefused()
    {
        var validation = Validate(Operators.SystemAdmin, new DepartmentMember("100", Role.SystemAdmins));

        var error = validation.Error(ErrorCodes.MemberRoleTooHigh);
        Assert.Equal("Vous ne pouvez pas donner le rôle « Administrateur système » au 100 : choisissez un rôle inférieur au vôtre (Administrateur système).", error.Message.French);
    }
}
