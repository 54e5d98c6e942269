using PbxBot.Domain;

namespace PbxBot.Application.PhoneSystem;

/// <summary>A user (extension) as the PBX has it.</summary>
public sealed record PbxUser
{
    /// <summary>The PBX's own id of the user.</summary>
    public required int Id { get; init; }

    public required string Number { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? EmailAddress { get; init; }

    /// <summary>As the PBX stores it (usually E.164).</summary>
    public string? Mobile { get; init; }

    public bool Require2FA { get; init; }

    /// <summary>The DID used as outbound caller ID, as the PBX stores it.</summary>
    public string? OutboundCallerId { get; init; }

    /// <summary>The group whose office hours apply to the user.</summary>
    public int? PrimaryGroupId { get; init; }

    /// <summary>The groups the user belongs to and their role in each.</summary>
    public IReadOnlyList<PbxMembership> Groups { get; init; } = [];
}

/// <summary>A user's membership of a group, with their role there (3CX <c>UserGroup</c> and <c>Rights.RoleName</c>).</summary>
public sealed record PbxMembership(int GroupId, Role Role);
