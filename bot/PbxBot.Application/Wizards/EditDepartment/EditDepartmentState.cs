using PbxBot.Application.Wizards.Common;

namespace PbxBot.Application.Wizards.EditDepartment;

/// <summary>The department being changed (and the ETag it was read with: a change by someone else since is caught), and its new values.</summary>
public sealed class EditDepartmentState : DepartmentFormState
{
    /// <summary>The department's key: it stays when the department is renamed.</summary>
    public string? Key { get; set; }

    /// <summary>Its name when the operator opened it, for the titles.</summary>
    public string? OriginalName { get; set; }

    public string? ETag { get; set; }

    /// <summary>The values as the operator opened them: what they changed is what differs from these.</summary>
    public DepartmentFormState? Opened { get; set; }
}
