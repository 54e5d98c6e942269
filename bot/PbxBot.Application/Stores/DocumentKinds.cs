namespace PbxBot.Application.Stores;

/// <summary>
/// The kinds of document in a PBX's partition and their ids. Ids are structural: an extension's id is its
/// number and a department's its normalised name, so creating a duplicate is a conflict, never a race.
/// </summary>
public static class DocumentKinds
{
    public const string Settings = "settings";
    public const string Numbering = "numbering";
    public const string Extension = "extension";
    public const string Department = "department";
    public const string Membership = "membership";
    public const string Did = "did";
    public const string Grant = "grant";
    public const string Request = "request";
    public const string Audit = "audit";
    public const string Outbox = "outbox";
    public const string Import = "import";
    public const string ImportRows = "importrows";
    public const string ImportRejects = "importrejects";
    public const string Download = "download";

    public static string SettingsId => "settings";

    /// <summary>The <see cref="Domain.UsedNumbers"/> of the PBX: first-free-number without reading extensions.</summary>
    public static string NumberingId => "numbering";

    public static string ExtensionId(string number) => $"ext-{number}";

    public static string DepartmentId(string departmentKey) => $"dept-{departmentKey}";

    public static string MembershipId(string departmentKey, string number) => $"mem-{departmentKey}-{number}";

    public static string DidId(string e164) => $"did-{e164.TrimStart('+')}";

    public static string GrantId(string userId) => $"grant-{userId}";

    public static string RequestId(string requestId) => $"req-{requestId}";

    public static string AuditId(string auditId) => $"audit-{auditId}";

    public static string OutboxId(string messageId) => $"outbox-{messageId}";

    public static string ImportId(string jobId) => $"import-{jobId}";

    public static string ImportRowsId(string jobId, int chunk) => $"import-{jobId}-rows-{chunk}";

    public static string ImportRejectsId(string jobId) => $"import-{jobId}-rejects";

    public static string DownloadId(string linkId) => $"download-{linkId}";
}
