using PbxBot.Application.Wizards.Common;

namespace PbxBot.Application.Wizards.CreateDepartment;

/// <summary>What the create-department cards collected so far.</summary>
public sealed class CreateDepartmentState : DepartmentFormState
{
}
