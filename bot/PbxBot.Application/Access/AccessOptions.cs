namespace PbxBot.Application.Access;

/// <summary>Configuration section <c>Access</c>.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Teams users who are system owners of every PBX without a stored grant: their AAD object ids or their UPNs
    /// (<c>olivia@contoso.com</c>, checked against what Teams says of the user, never their display name) — or, in
    /// the playground and the Emulator, the sample user ids. Everyone else is granted access by an owner or admin.
    /// </summary>
    public List<string> BootstrapOwners { get; set; } = [];

    /// <summary>A UPN (user@domain) rather than an object id.</summary>
    public static bool IsUserPrincipalName(string owner) => owner.Contains('@', StringComparison.Ordinal);
}
