namespace PbxBot.Domain.Rules;

/// <summary>The create-extension cards' input ids: each error is shown next to its input.</summary>
public static class ExtensionFields
{
    public const string Number = "number";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string Email = "email";
    public const string Mobile = "mobile";
    public const string Department = "department";
    public const string Role = "role";
    public const string Require2FA = "require2fa";
    public const string Did = "did";
}
