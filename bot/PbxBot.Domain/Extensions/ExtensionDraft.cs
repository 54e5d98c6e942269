namespace PbxBot.Domain;

/// <summary>
/// What an operator typed into the create-extension (or request-extension) cards, before validation.
/// Every field is raw text or an optional choice; <see cref="Rules.RulesService"/> turns it into an
/// <see cref="Extension"/> or field errors.
/// </summary>
public sealed record ExtensionDraft
{
    /// <summary>Null or empty = "first free number" (at save, or at approval for a request).</summary>
    public string? Number { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? EmailAddress { get; init; }

    public string? Mobile { get; init; }

    public string? Department { get; init; }

    public Role Role { get; init; } = Role.Users;

    public bool Require2FA { get; init; }

    public string? Did { get; init; }
}
