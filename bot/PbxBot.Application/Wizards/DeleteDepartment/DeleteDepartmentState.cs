namespace PbxBot.Application.Wizards.DeleteDepartment;

/// <summary>The department to delete, and the ETag it was read with.</summary>
public sealed class DeleteDepartmentState
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public string? ETag { get; set; }

    /// <summary>What the operator typed after « supprimer le département », when it named none of theirs.</summary>
    public string? Asked { get; set; }

    /// <summary>The key of the department named, when it is one that cannot be deleted (the default one).</summary>
    public string? Undeletable { get; set; }
}
