namespace PbxBot.Domain;

/// <summary>What a past change (an audit entry) is about, as far as who may see it goes.</summary>
public enum ChangeSubjectKind
{
    Extension,
    Department,
    Request,

    /// <summary>Grants, the approval channel, a sync's summary: the PBX as a whole.</summary>
    Pbx,
}

/// <summary>
/// The subject of a past change: its kind, the departments it touched (an extension's primary department and
/// memberships before and after, a department's own key, a request's department) and, for a request, who made it.
/// </summary>
public sealed record ChangeSubject(ChangeSubjectKind Kind, IReadOnlyCollection<string> Departments, string? RequestedBy = null);
