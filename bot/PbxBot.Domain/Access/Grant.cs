namespace PbxBot.Domain;

/// <summary>
/// What a Teams user may do on one PBX: a role on the 3CX ladder and/or the helpdesk capability. Deny by
/// default: a user without a grant can only read the help card explaining how to get access.
/// </summary>
public sealed record Grant
{
    public required string PbxId { get; init; }

    /// <summary>The Teams identity (<c>from.aadObjectId</c>), or a lower-case UPN until the user first speaks to the bot.</summary>
    public required string UserId { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>Null for a helpdesk-only operator.</summary>
    public Role? Role { get; init; }

    /// <summary>Resend welcome e-mails and look users up (seed 000, step 9).</summary>
    public bool Helpdesk { get; init; }

    /// <summary>Department keys a manager or department admin acts for; empty for system roles.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    public string? GrantedBy { get; init; }

    public DateTimeOffset GrantedAt { get; init; }
}
