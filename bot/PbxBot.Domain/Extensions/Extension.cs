namespace PbxBot.Domain;

/// <summary>
/// A 3CX extension (the API's <c>User</c>): one person's number on the PBX. The number never changes once
/// created; it is also the extension's identity in the store, so a duplicate is refused structurally.
/// </summary>
public sealed record Extension
{
    public required string Number { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    /// <summary>Optional but recommended: without it no welcome e-mail can be sent (seed 000, step 4).</summary>
    public string? EmailAddress { get; init; }

    /// <summary>E.164 after normalisation, e.g. +33612345678.</summary>
    public string? Mobile { get; init; }

    /// <summary>Key of the primary department, whose office hours apply to this user (seed 001).</summary>
    public required string Department { get; init; }

    /// <summary>The user's role in their primary department.</summary>
    public Role Role { get; init; } = Role.Users;

    /// <summary>Off by default so that the first login is not blocked by a 2FA code (seed 000, step 6).</summary>
    public bool Require2FA { get; init; }

    /// <summary>The DID used as outbound caller ID (3CX <c>OutboundCallerID</c>), or null.</summary>
    public string? Did { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    /// <summary>What is needed to check the current one-time set-password link; never the secret itself.</summary>
    public WelcomeCredential? Credential { get; init; }

    /// <summary>PBKDF2 hash of the 3CX web client password the user chose through the welcome link; never the password.</summary>
    public string? WebClientPasswordHash { get; init; }

    /// <summary>The PBX's own id of this user (3CX <c>User.Id</c>), once the PBX has it; null while only PbxBot has it.</summary>
    public int? PbxUserId { get; init; }

    /// <summary>
    /// Every department the user belongs to, with their role there — the primary one (<see cref="Department"/>) among
    /// them (3CX <c>User.Groups</c>). Empty in older data: then only the primary department is known.
    /// </summary>
    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    /// <summary><see cref="Memberships"/>, or the primary department alone when none are recorded.</summary>
    public IReadOnlyList<Membership> AllMemberships() =>
        Memberships.Count > 0 ? Memberships : [new Membership(Department, Role)];

    public string DisplayName => $"{FirstName} {LastName}".Trim();

    /// <summary>By value, <see cref="Memberships"/> included (a record compares its lists by reference).</summary>
    public bool Equals(Extension? other) =>
        other is not null && Number == other.Number && FirstName == other.FirstName && LastName == other.LastName && EmailAddress == other.EmailAddress
        && Mobile == other.Mobile && Department == other.Department && Role == other.Role && Require2FA == other.Require2FA && Did == other.Did
        && CreatedAt == other.CreatedAt && CreatedBy == other.CreatedBy && Equals(Credential, other.Credential) && WebClientPasswordHash == other.WebClientPasswordHash
        && PbxUserId == other.PbxUserId && Memberships.SequenceEqual(other.Memberships);

    public override int GetHashCode() => HashCode.Combine(Number, FirstName, LastName, Department, Role, PbxUserId);

    /// <summary>3CX field name for the DID as caller ID.</summary>
    public string? OutboundCallerId => Did;
}

/// <summary>A user's membership of a department, with their role there.</summary>
public sealed record Membership(string Department, Role Role);

/// <summary>
/// The verifier of a one-time set-password link: a SHA-256 hash of the token and its expiry. Issuing a new
/// one (the seed's "Réinitialiser") invalidates the previous link.
/// </summary>
public sealed record WelcomeCredential(string TokenHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
