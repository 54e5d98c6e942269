using PbxBot.Domain;

namespace PbxBot.Playground.SampleData;

/// <summary>A person the playground page can be used as, with what they are on the sample PBX.</summary>
public sealed record PlaygroundUser(string Id, string Name, string RoleFr, string RoleEn, Role? Role, bool Helpdesk, IReadOnlyList<string> Departments);

/// <summary>
/// The users of the page's picker. Their ids stand for Teams AAD object ids; the sample data grants them their roles on
/// the sample PBX, so each role's experience can be tried.
/// </summary>
public static class PlaygroundUsers
{
    public static readonly PlaygroundUser Owner = new("sample-owner", "Olivier Dupont", "propriétaire du système", "system owner", Role.SystemOwners, true, []);

    public static readonly PlaygroundUser Admin = new("sample-admin", "Alice Martin", "administratrice", "system admin", Role.SystemAdmins, false, []);

    public static readonly PlaygroundUser Manager = new("sample-manager", "Marc Leroy", "manager du support", "support manager", Role.Managers, false, [SamplePbx.Support]);

    public static readonly PlaygroundUser Helpdesk = new("sample-helpdesk", "Hélène Petit", "helpdesk", "helpdesk", null, true, []);

    /// <summary>In the order of the picker: the admin first, since she can try every wizard.</summary>
    public static readonly IReadOnlyList<PlaygroundUser> All = [Admin, Manager, Helpdesk, Owner];

    public static PlaygroundUser? Find(string? id) => All.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.Ordinal));
}
