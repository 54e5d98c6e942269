using PbxBot.Application.PbxChanges;
using PbxBot.Domain;

namespace PbxBot.Application.Undo;

/// <summary>An audit entry whose change can be reverted, and what its target is called.</summary>
public sealed record UndoableChange(AuditEntry Entry, string TargetName);

/// <summary>What reverting a change would do, as the review shows it — or why it cannot be reverted now.</summary>
public sealed record Reverting
{
    /// <summary>Null when the change can be reverted; otherwise why not, worded for the operator.</summary>
    public string? Refusal { get; init; }

    /// <summary>What happens, in one sentence.</summary>
    public string Headline { get; init; } = "";

    /// <summary>The fields that go back (before → after), when it is a modification.</summary>
    public IReadOnlyList<Cards.Builders.FieldChange> Changes { get; init; } = [];

    /// <summary>Commits the reversal (the store, its audit entry, its change on its way to the PBX) and returns that change.</summary>
    internal Func<ChangeOrigin?, CancellationToken, Task<PbxChange>>? ApplyAsync { get; init; }

    public static Reverting Refused(string why) => new() { Refusal = why };
}

/// <summary>The actions PbxBot knows how to revert.</summary>
public static class UndoableActions
{
    public const string Undone = "change.undone";

    public static bool Contains(string action) => action is PbxChangeCards.ExtensionCreated or PbxChangeCards.ExtensionUpdated or PbxChangeCards.ExtensionDeleted
        or PbxChangeCards.PrimaryDepartmentSet or PbxChangeCards.DepartmentCreated or PbxChangeCards.DepartmentUpdated or PbxChangeCards.DepartmentDeleted
        or PbxChangeCards.OfficeHoursSaved;
}
