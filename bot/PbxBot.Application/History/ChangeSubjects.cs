using System.Text.Json;
using PbxBot.Application.PbxChanges;
using PbxBot.Domain;

namespace PbxBot.Application.History;

/// <summary>
/// What an audit entry is about, read from its target and snapshots: an extension's departments before and after, a
/// department's key, a request's department and requester. An extension's entry without snapshots (imported data)
/// counts as in the extension's departments of today.
/// </summary>
internal static class ChangeSubjects
{
    public const string ExtensionPrefix = Services.ChangeTargets.ExtensionPrefix;
    public const string DepartmentPrefix = Services.ChangeTargets.DepartmentPrefix;
    public const string RequestPrefix = "request:";

    public static async Task<ChangeSubject> OfAsync(AuditEntry entry, Func<string, Task<IReadOnlyCollection<string>>> todaysDepartmentsOf)
    {
        if (entry.Target.StartsWith(ExtensionPrefix, StringComparison.Ordinal))
        {
            var departments = new[] { Read<Extension>(entry.Before), Read<Extension>(entry.After) }
                .OfType<Extension>().SelectMany(e => e.AllMemberships().Select(m => m.Department)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            return new ChangeSubject(ChangeSubjectKind.Extension,
                departments.Length > 0 ? departments : await todaysDepartmentsOf(entry.Target[ExtensionPrefix.Length..]));
        }
        if (entry.Target.StartsWith(DepartmentPrefix, StringComparison.Ordinal))
        {
            return new ChangeSubject(ChangeSubjectKind.Department, [entry.Target[DepartmentPrefix.Length..]]);
        }
        if (entry.Target.StartsWith(RequestPrefix, StringComparison.Ordinal) && (Read<ExtensionRequest>(entry.After) ?? Read<ExtensionRequest>(entry.Before)) is { } request)
        {
            return new ChangeSubject(ChangeSubjectKind.Request, request.Draft.Department is { } d ? [d] : [], request.RequestedBy);
        }
        return new ChangeSubject(ChangeSubjectKind.Pbx, []);
    }

    /// <summary>A snapshot as <typeparamref name="T"/>, or null when it is none or of another shape (a sync stores a bare key).</summary>
    public static T? Read<T>(string? json) where T : class
    {
        try
        {
            return json is { Length: > 0 } && json[0] == '{' ? PbxChangeCards.Read<T>(json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
