using PbxBot.Domain;

namespace PbxBot.Csv;

/// <summary>
/// One extension of a file, as raw text: trimmed, an empty cell is null, nothing validated (the rules service
/// does that). <see cref="Line"/> is where the record starts in the file, for the operator's error messages.
/// </summary>
public sealed record ExtensionCsvRow
{
    /// <summary>1-based line of the record's first line in the file; 0 for a row that does not come from a file.</summary>
    public int Line { get; init; }

    public string? Number { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Mobile { get; init; }

    /// <summary>The department's name as the operator knows it (3CX: the user's main department).</summary>
    public string? Department { get; init; }

    /// <summary>As written: a label (« Utilisateur »), a 3CX role name (<c>users</c>; unwrapped from 3CX's <c>&lt;role name="users" /&gt;</c>)…</summary>
    public string? Role { get; init; }

    /// <summary>As written: 0/1, oui/non, yes/no…</summary>
    public string? Require2FA { get; init; }

    /// <summary>The DID used as outbound caller ID (3CX <c>OutboundCallerID</c>).</summary>
    public string? Did { get; init; }

    /// <summary>The value of one column.</summary>
    public string? this[ExtensionCsvColumn column] => column switch
    {
        ExtensionCsvColumn.Number => Number,
        ExtensionCsvColumn.FirstName => FirstName,
        ExtensionCsvColumn.LastName => LastName,
        ExtensionCsvColumn.Email => Email,
        ExtensionCsvColumn.Mobile => Mobile,
        ExtensionCsvColumn.Department => Department,
        ExtensionCsvColumn.Role => Role,
        ExtensionCsvColumn.Require2FA => Require2FA,
        ExtensionCsvColumn.Did => Did,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>
    /// The row to export for a saved extension. The department is given by name, since the file is for people and
    /// 3CX, who know departments by name, not by PbxBot's key. Role and 2FA are written as 3CX writes them.
    /// </summary>
    public static ExtensionCsvRow From(Extension extension, string departmentName)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return new ExtensionCsvRow
        {
            Number = extension.Number,
            FirstName = extension.FirstName,
            LastName = extension.LastName,
            Email = extension.EmailAddress,
            Mobile = extension.Mobile,
            Department = departmentName,
            Role = extension.Role.RoleName(),
            Require2FA = extension.Require2FA ? "1" : "0",
            Did = extension.Did,
        };
    }
}
