using PbxBot.Application.Wizards.Common;

namespace PbxBot.Application.Wizards.EditExtension;

/// <summary>The extension being edited (and the ETag it was read with: a change by someone else since is caught), and the new values.</summary>
public sealed class EditExtensionState : FoundExtensions
{
    public string? Number { get; set; }

    public string? Name { get; set; }

    /// <summary>The stored extension's ETag when the operator opened it.</summary>
    public string? ETag { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Mobile { get; set; }

    public string? Department { get; set; }

    public string Role { get; set; } = "users";

    public bool Require2FA { get; set; }

    public string? Did { get; set; }

    /// <summary>The values as the operator opened them: what they changed is what differs from these.</summary>
    public EditableValues? Opened { get; set; }

    /// <summary>The e-mail changed: send the welcome e-mail to the new address (offered on the review, on by default).</summary>
    public bool ResendWelcome { get; set; } = true;
}

/// <summary>The editable values of an extension, as a form holds them.</summary>
public sealed record EditableValues(string? FirstName, string? LastName, string? Email, string? Mobile, string? Department, string Role, bool Require2FA, string? Did);
