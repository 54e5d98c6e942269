using PbxBot.Domain;

namespace PbxBot.Application.PhoneSystem;

/// <summary>
/// The fields of a user to send to the PBX: every field left null is not sent (a PATCH changes only what it names);
/// <see cref="Set{T}"/> holds the new value, which may itself be null to clear the field (a DID taken back).
/// </summary>
public sealed record PbxUserChanges
{
    /// <summary>Only on create: a user's number never changes.</summary>
    public string? Number { get; init; }

    public Set<string>? FirstName { get; init; }

    public Set<string>? LastName { get; init; }

    public Set<string?>? EmailAddress { get; init; }

    public Set<string?>? Mobile { get; init; }

    public Set<bool>? Require2FA { get; init; }

    public Set<string?>? OutboundCallerId { get; init; }

    public Set<int>? PrimaryGroupId { get; init; }

    /// <summary>Every group of the user with its role: the whole list replaces the PBX's.</summary>
    public Set<IReadOnlyList<PbxMembership>>? Groups { get; init; }

    public bool IsEmpty => Number is null && FirstName is null && LastName is null && EmailAddress is null && Mobile is null
        && Require2FA is null && OutboundCallerId is null && PrimaryGroupId is null && Groups is null;
}

/// <summary>A field to set on the PBX, to <see cref="Value"/> (null clears it).</summary>
public readonly record struct Set<T>(T Value);
