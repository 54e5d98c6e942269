namespace PbxBot.Csv;

/// <summary>The fields of an extension that a file can carry, in the template's column order.</summary>
public enum ExtensionCsvColumn
{
    Number,
    FirstName,
    LastName,
    Email,
    Mobile,
    Department,
    Role,
    Require2FA,
    Did,
}
