namespace PbxBot.Domain.Rules;

/// <summary>
/// Giving a Teams user access to a PBX: only owners and admins grant, never a role at or above their own;
/// department-scoped roles name existing departments the granting operator acts for; helpdesk is its own flag.
/// </summary>
internal static class GrantRules
{
    private static readonly Text HelpdeskLabel = new("Helpdesk", "Helpdesk");

    public static Validation<Grant> Validate(Grant grant, PbxSnapshot pbx, Operator actor)
    {
        var v = new ValidationBuilder();
        var mayGrant = actor.CanGrant(null);
        if (!mayGrant)
        {
            v.Error(GrantFields.Role, ErrorCodes.GrantNotAllowed, RoleRules.Label(actor.Role));
        }
        var userId = grant.UserId?.Trim() ?? "";
        if (userId.Length == 0)
        {
            v.Error(GrantFields.User, ErrorCodes.GrantUserRequired);
        }
        else if (string.Equals(userId, actor.UserId, StringComparison.OrdinalIgnoreCase))
        {
            v.Error(GrantFields.User, ErrorCodes.GrantSelf);
        }
        if (!string.Equals(grant.PbxId, pbx.Settings.Id, StringComparison.Ordinal))
        {
            v.Error(GrantFields.Pbx, ErrorCodes.GrantPbxMismatch, grant.PbxId, pbx.Settings.Id);
        }
        if (grant.Role is null && !grant.Helpdesk)
        {
            v.Error(GrantFields.Role, ErrorCodes.GrantEmpty);
        }
        if (mayGrant && grant.Role is { } role && !RoleRules.CanGive(actor, role))
        {
            v.Error(GrantFields.Role, ErrorCodes.GrantRoleTooHigh, RoleRules.TooHighArguments(actor, role));
        }
        var departments = Departments(v, grant, pbx, actor);
        return v.Build(() => grant with { UserId = userId, DisplayName = grant.DisplayName?.Trim(), Departments = departments, GrantedBy = actor.UserId });
    }

    /// <summary>Managers and department admins act for departments; system roles and helpdesk cover the whole PBX.</summary>
    private static List<string> Departments(ValidationBuilder v, Grant grant, PbxSnapshot pbx, Operator actor)
    {
        var asked = grant.Departments.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (grant.Role is not { } role || role.IsSystemRole())
        {
            if (asked.Length > 0 && (grant.Role is not null || grant.Helpdesk))
            {
                v.Warn(GrantFields.Departments, ErrorCodes.GrantDepartmentsIgnored, grant.Role is { } r ? RoleRules.Label(r) : HelpdeskLabel);
            }
            return [];
        }
        if (asked.Length == 0)
        {
            v.Error(GrantFields.Departments, ErrorCodes.GrantDepartmentsRequired, RoleRules.Label(role));
            return [];
        }
        var keys = new List<string>(asked.Length);
        foreach (var name in asked)
        {
            var department = pbx.FindDepartment(name) ?? pbx.FindDepartment(DepartmentKey.From(name));
            if (department is null)
            {
                v.Error(GrantFields.Departments, ErrorCodes.GrantDepartmentUnknown, name);
            }
            else if (!actor.ActsFor(department.Key))
            {
                v.Error(GrantFields.Departments, ErrorCodes.GrantDepartmentNotAllowed, department.Name);
            }
            else if (!keys.Contains(department.Key))
            {
                keys.Add(department.Key);
            }
        }
        return keys;
    }
}
