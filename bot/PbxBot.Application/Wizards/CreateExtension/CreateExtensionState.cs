namespace PbxBot.Application.Wizards.CreateExtension;

/// <summary>What the create-extension cards collected so far (kept across steps, back, and resume).</summary>
public sealed class CreateExtensionState
{
    public string? Number { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Mobile { get; set; }

    public string? Department { get; set; }

    public string Role { get; set; } = "users";

    /// <summary>Off by default: a 2FA prompt at the first login would block the new user (seed 000, step 6).</summary>
    public bool Require2FA { get; set; }

    public string? Did { get; set; }

    /// <summary>For a request: the manager leaves the number to "first free at approval".</summary>
    public bool NumberAtApproval { get; set; }

    /// <summary>For a request: why the manager needs it.</summary>
    public string? Reason { get; set; }
}
