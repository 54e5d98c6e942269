namespace PbxBot.Domain;

/// <summary>
/// The 3CX V20 role ladder (<c>Rights.RoleName</c>), lowest first. The numeric order is the rank:
/// an operator may only ever assign a role strictly below their own (seed 000, step 5).
/// </summary>
public enum Role
{
    Users = 0,
    Receptionists = 1,
    Managers = 2,
    GroupAdmins = 3,
    GroupOwners = 4,
    SystemAdmins = 5,
    SystemOwners = 6,
}

public static class Roles
{
    public static readonly IReadOnlyList<Role> Ladder = Enum.GetValues<Role>();

    /// <summary>The 3CX wire name: <c>users</c>, <c>receptionists</c>, … <c>system_owners</c>.</summary>
    public static string RoleName(this Role role) => role switch
    {
        Role.Users => "users",
        Role.Receptionists => "receptionists",
        Role.Managers => "managers",
        Role.GroupAdmins => "group_admins",
        Role.GroupOwners => "group_owners",
        Role.SystemAdmins => "system_admins",
        Role.SystemOwners => "system_owners",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParse(string? roleName, out Role role)
    {
        foreach (var r in Ladder)
        {
            if (string.Equals(r.RoleName(), roleName?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }
        role = default;
        return false;
    }

    /// <summary>Seed 000 step 5: "vous ne pouvez pas attribuer un rôle supérieur au vôtre" — strictly below.</summary>
    public static bool CanAssign(this Role own, Role target) => target < own;

    /// <summary>Roles an operator of role <paramref name="own"/> may hand out, lowest first.</summary>
    public static IReadOnlyList<Role> AssignableBy(Role own) => Ladder.Where(r => r < own).ToArray();

    public static bool IsSystemRole(this Role role) => role >= Role.SystemAdmins;

    /// <summary>The label a 3CX admin sees (seed 001 uses Propriétaire, Manager, Administrateur, Réceptionniste, Utilisateur).</summary>
    public static Text Label(this Role role) => role switch
    {
        Role.Users => new("Utilisateur", "User"),
        Role.Receptionists => new("Réceptionniste", "Receptionist"),
        Role.Managers => new("Manager", "Manager"),
        Role.GroupAdmins => new("Administrateur de département", "Department administrator"),
        Role.GroupOwners => new("Propriétaire de département", "Department owner"),
        Role.SystemAdmins => new("Administrateur système", "System administrator"),
        Role.SystemOwners => new("Propriétaire système", "System owner"),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
