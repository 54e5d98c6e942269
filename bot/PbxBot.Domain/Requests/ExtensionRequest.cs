namespace PbxBot.Domain;

/// <summary>
/// A manager's request for an extension in their department. Pending until one admin approves it (the
/// extension is then created with the approver as actor, re-validated at that moment) or rejects it with a
/// reason; the requester may cancel it while it is pending. It is decided once.
/// </summary>
public sealed record ExtensionRequest
{
    public required string Id { get; init; }

    /// <summary>Short reference the manager sees, e.g. "R-7K2Q".</summary>
    public required string Reference { get; init; }

    public required string PbxId { get; init; }

    public required string RequestedBy { get; init; }

    public required string RequestedByName { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>The extension as the manager described it; an empty number means "first free at approval".</summary>
    public required ExtensionDraft Draft { get; init; }

    public string? Reason { get; init; }

    public RequestStatus Status { get; init; } = RequestStatus.Pending;

    public string? DecidedBy { get; init; }

    public string? DecidedByName { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? RejectionReason { get; init; }

    /// <summary>The number the extension was created with, once approved.</summary>
    public string? CreatedNumber { get; init; }

    /// <summary>Language of the requester, for the notifications they receive.</summary>
    public Language Language { get; init; } = Language.French;

    public bool IsPending => Status == RequestStatus.Pending;
}

public enum RequestStatus
{
    Pending,
    Approved,
    Rejected,
    Cancelled,
}
