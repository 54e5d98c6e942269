using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Departments;

/// <summary>Seed 001: "l'utilisateur qui crée le département n'y est pas ajouté automatiquement. Il faut l'ajouter manuellement."</summary>
public sealed class TheCreatorIsNotAddedToANewDepartment
{
    private readonly RulesService rules = new();

    [Fact]
    public void ADepartmentWithoutMembersHasNone()
    {
        var department = rules.ValidateDepartment(new DepartmentDraft { Name = "Test Justine" }, SamplePbx.France(), Operators.SystemOwner).Value!;

        Assert.Empty(department.Members);
    }

    [Fact]
    public void OnlyTheMembersListedAreMembers()
    {
        var draft = new DepartmentDraft { Name = "Test Justine", Members = [new DepartmentMember("102", Role.Managers)] };

        var department = rules.ValidateDepartment(draft, SamplePbx.France(), Operators.SystemOwner).Value!;

        Assert.Equal([new DepartmentMember("102", Role.Managers)], department.Members);
    }
}
