namespace PbxBot.Domain;

/// <summary>
/// One change made through PbxBot: who (the Teams user), when, what, and the state before and after
/// (JSON snapshots). Written in the same atomic save as the change itself.
/// </summary>
public sealed record AuditEntry
{
    public required string Id { get; init; }

    public required string PbxId { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string ActorId { get; init; }

    public required string ActorName { get; init; }

    /// <summary>A stable verb such as <c>extension.created</c>, <c>department.created</c>, <c>request.approved</c>, <c>grant.created</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What was changed, e.g. <c>extension:105</c>.</summary>
    public required string Target { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>On a <c>change.undone</c> entry: the id of the entry whose change it reverted.</summary>
    public string? Undoes { get; init; }
}
