using PbxBot.Application.Conversations;
using PbxBot.Domain;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// A confirmed change on its way to the PBX. Saved in the same commit as the store's new state ("pending on the
/// PBX"), with the outbox message that applies it; it then ends applied, refused by the PBX (with the PBX's reason),
/// unreachable (retries exhausted) or discarded by the operator. <see cref="Before"/> and <see cref="After"/> are the
/// entity as PbxBot stored it before and after the change: what the PBX is sent is their difference, and what a
/// discard restores is <see cref="Before"/>.
/// </summary>
public sealed record PbxChange
{
    public required string Id { get; init; }

    public required string PbxId { get; init; }

    public required PbxChangeKind Kind { get; init; }

    /// <summary>What is changed: <c>extension:105</c>, <c>department:support</c> (as in the audit trail).</summary>
    public required string Target { get; init; }

    /// <summary>The audit action that caused it (e.g. <c>extension.created</c>): which card tells its outcome.</summary>
    public required string Action { get; init; }

    public PbxChangeStatus Status { get; init; } = PbxChangeStatus.Pending;

    public required DateTimeOffset RequestedAt { get; init; }

    public required string RequestedBy { get; init; }

    public string? RequestedByName { get; init; }

    /// <summary>JSON (store format) of the entity before; null for a create.</summary>
    public string? Before { get; init; }

    /// <summary>JSON (store format) of the entity after; null for a delete.</summary>
    public string? After { get; init; }

    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>The card input the PBX's refusal is about, when it named one.</summary>
    public string? RefusalField { get; init; }

    /// <summary>Why the PBX refused, in its own words; or why it could not be reached.</summary>
    public string? Reason { get; init; }

    /// <summary>The user's or group's id on the PBX once applied.</summary>
    public int? PbxEntityId { get; init; }

    /// <summary>Queue the welcome e-mail once the PBX has the user (a create with an e-mail address).</summary>
    public bool SendWelcomeEmail { get; init; }

    /// <summary>Who asked, to be told the outcome in place of their confirmation card.</summary>
    public ConversationReference? Notify { get; init; }

    /// <summary>The confirmation card to update with the outcome, when known.</summary>
    public string? CardMessageId { get; init; }

    public Language Language { get; init; } = Language.French;

    /// <summary>The card is drawn for Teams (Action.Execute buttons).</summary>
    public bool UniversalActions { get; init; }

    public bool IsOpen => Status is PbxChangeStatus.Pending;

    /// <summary>Refused or unreachable: waiting for the operator to retry or discard it.</summary>
    public bool AwaitsOperator => Status is PbxChangeStatus.Refused or PbxChangeStatus.Unreachable;
}

public enum PbxChangeKind
{
    CreateExtension,
    UpdateExtension,
    DeleteExtension,
    CreateDepartment,
    UpdateDepartment,
    DeleteDepartment,
}

public enum PbxChangeStatus
{
    /// <summary>Saved in PbxBot, on its way to the PBX ("envoi au PBX…").</summary>
    Pending,

    /// <summary>The PBX has it ("appliqué sur le PBX").</summary>
    Applied,

    /// <summary>The PBX said no ("refusé par le PBX : …"): the operator retries or discards it.</summary>
    Refused,

    /// <summary>The PBX could not be reached after every retry: the operator retries or discards it.</summary>
    Unreachable,

    /// <summary>The operator gave it up: PbxBot's store is back to <see cref="PbxChange.Before"/>.</summary>
    Discarded,
}
