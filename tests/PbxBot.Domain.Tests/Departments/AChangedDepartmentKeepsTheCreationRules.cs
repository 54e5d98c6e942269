using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Departments;

/// <summary>
/// Issue 14: a department's change holds to seed 001's rules — a unique name (itself aside) and its key kept when renamed,
/// roles below the operator's for the members added or changed, members at or above the operator untouched, nobody
/// dropped from their primary department — and only an empty, non-default department is deleted.
/// </summary>
public sealed class AChangedDepartmentKeepsTheCreationRules
{
    private readonly RulesService rules = new();

    private static readonly Department Ventes = SamplePbx.Ventes with { Members = [new("100", Role.Users), new("101", Role.GroupOwners)] };

    private Validation<Department> Change(Operator actor, string name, params DepartmentMember[] members) =>
        rules.ValidateDepartmentChange(new DepartmentDraft { Name = name, Members = members }, Ventes, new HashSet<string> { "100" }, SamplePbx.France(), actor);

    [Fact]
    public void ARenameKeepsTheKey()
    {
        var validation = Change(Operators.SystemAdmin, "Commercial", Ventes.Members.ToArray());

        Assert.True(validation.IsValid);
        Assert.Equal(("ventes", "Commercial"), (validation.Value!.Key, validation.Value.Name));
    }

    [Theory]
    [InlineData("SUPPORT")]
    [InlineData("Comptabilite")]
    public void AnotherDepartmentsNameIsTaken(string name) =>
        Assert.NotNull(Change(Operators.SystemAdmin, name, Ventes.Members.ToArray()).Error(ErrorCodes.DepartmentNameTaken));

    [Fact]
    public void ItsOwnNameIsNotTaken() => Assert.True(Change(Operators.SystemAdmin, "VENTES", Ventes.Members.ToArray()).IsValid);

    [Fact]
    public void AMemberAtOrAboveTheOperatorStaysAsTheyAre()
    {
        // A department owner among the members: a system admin may change them, a department owner may not.
        Assert.True(Change(Operators.SystemAdmin, "Ventes", new("100", Role.Users), new("101", Role.Managers)).IsValid);
        var refused = Change(Operators.SupportOwner, "Ventes", new("100", Role.Users), new("101", Role.Managers));
        Assert.Contains(refused.Errors, e => e.Code == ErrorCodes.MemberRoleTooHigh);
    }

    [Fact]
    public void UnchangedMembersAreNotCheckedAgainstTheOperatorsRole() =>
        // A department owner cannot give GroupOwners, but 101 keeps the role they already have: renaming is fine.
        Assert.True(Change(Operators.SupportOwner, "Ventes 2", Ventes.Members.ToArray()).IsValid);

    [Fact]
    public void NobodyLeavesTheirPrimaryDepartment()
    {
        var error = Change(Operators.SystemAdmin, "Ventes", new DepartmentMember("101", Role.GroupOwners)).Error(ErrorCodes.MemberPrimary);

        Assert.Contains("100", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyAnEmptyDepartmentThatIsNotTheDefaultIsDeleted()
    {
        Assert.Empty(rules.CheckDepartmentDeletion(SamplePbx.Comptabilite));
        Assert.Contains(rules.CheckDepartmentDeletion(Ventes), e => e.Code == ErrorCodes.DepartmentHasMembers);
        Assert.Contains(rules.CheckDepartmentDeletion(SamplePbx.Support), e => e.Code == ErrorCodes.DepartmentIsDefault);
    }
}
