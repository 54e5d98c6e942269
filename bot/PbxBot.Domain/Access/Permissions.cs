namespace PbxBot.Domain;

/// <summary>Everything an operator may do, decided in this one place.</summary>
public static class Permissions
{
    /// <summary>System admins and owners create extensions anywhere; department admins/owners in their departments.</summary>
    public static bool CanCreateExtension(this Operator op, string? departmentKey) =>
        op.Role is { } role && (role.IsSystemRole() || (role >= Role.GroupAdmins && (departmentKey is null || op.ActsFor(departmentKey))));

    /// <summary>Bulk import and export are the extension creators' (a department admin's rows stay within their departments).</summary>
    public static bool CanImportExtensions(this Operator op) => op.CanCreateExtension(null);

    public static bool CanCreateDepartment(this Operator op) => op.Role is { } role && role.IsSystemRole();

    /// <summary>Rename, settings, members: system admins anywhere, department admins their own departments.</summary>
    public static bool CanEditDepartment(this Operator op, string departmentKey) => op.CanEditOfficeHours(departmentKey);

    /// <summary>Deleting a department, like creating one, is for system admins and owners.</summary>
    public static bool CanDeleteDepartment(this Operator op) => op.CanCreateDepartment();

    public static bool CanEditOfficeHours(this Operator op, string departmentKey) =>
        op.Role is { } role && (role.IsSystemRole() || (role >= Role.GroupAdmins && op.ActsFor(departmentKey)));

    public static bool CanSetPrimaryDepartment(this Operator op, string departmentKey) => op.CanCreateExtension(departmentKey);

    /// <summary>Managers request extensions for their own departments instead of creating them.</summary>
    public static bool CanRequestExtension(this Operator op, string? departmentKey) =>
        op.Role == Role.Managers && (departmentKey is null || op.ActsFor(departmentKey));

    public static bool CanApprove(this Operator op, ExtensionRequest request) =>
        request.PbxId == op.PbxId && request.RequestedBy != op.UserId && op.CanCreateExtension(request.Draft.Department);

    /// <summary>Retry or discard a change the PBX refused: its author, or a system admin or owner of the PBX.</summary>
    public static bool CanSettleChangeBy(this Operator op, string authorId) =>
        op.UserId == authorId || op.Role is { } role && role.IsSystemRole();

    public static bool CanResendWelcome(this Operator op) => op.Grant.Helpdesk || op.CanCreateExtension(null);

    public static bool CanLookUpUsers(this Operator op) => op.CanResendWelcome() || op.Role >= Role.Managers;

    /// <summary>Owners and admins grant access, never at or above their own role.</summary>
    public static bool CanGrant(this Operator op, Role? role) =>
        op.Role is { } own && own >= Role.GroupAdmins && (role is null || own.CanAssign(role.Value));

    /// <summary>Roles this operator may give an extension or a department member: strictly below their own.</summary>
    public static IReadOnlyList<Role> AssignableRoles(this Operator op) => op.Role is { } own ? Roles.AssignableBy(own) : [];

    /// <summary>
    /// Never above one's own role applies to the grant being replaced too: an admin cannot demote (or rewrite) an
    /// owner, nor a department admin a colleague's grant on departments they do not act for.
    /// </summary>
    public static bool CanChangeGrant(this Operator op, Grant current) =>
        (current.Role is not { } role || op.CanGrant(role)) && current.Departments.All(op.ActsFor);

    /// <summary>
    /// Moving someone to another primary department also sets their role, so only a user below the operator's role
    /// is theirs to move: a department admin never demotes an admin this way.
    /// </summary>
    public static bool CanMoveUserOfRole(this Operator op, Role userRole) => op.Role is { } own && own.CanAssign(userRole);

    /// <summary>History and journal are for those who look users up: admins, managers, the helpdesk.</summary>
    public static bool CanSeeHistory(this Operator op) => op.CanLookUpUsers();

    /// <summary>
    /// Which past change an operator sees: a system admin or owner every change of the PBX; the helpdesk every
    /// extension's (they look everyone up); a department admin the extensions and departments of their departments,
    /// and the requests for them; a manager the extensions of their departments and their own requests. What concerns
    /// the PBX as a whole (grants, the approval channel, syncs) is for system admins and owners only.
    /// </summary>
    public static bool CanSeeChange(this Operator op, ChangeSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (op.Role is { } role && role.IsSystemRole())
        {
            return true;
        }
        var theirs = subject.Departments.Any(d => op.ActsFor(d));
        return subject.Kind switch
        {
            ChangeSubjectKind.Extension => op.Grant.Helpdesk || (op.Role >= Role.Managers && theirs),
            ChangeSubjectKind.Department => op.Role >= Role.GroupAdmins && theirs,
            ChangeSubjectKind.Request => subject.RequestedBy == op.UserId || (op.Role >= Role.GroupAdmins && theirs),
            _ => false,
        };
    }

    public static bool ActsFor(this Operator op, string departmentKey) =>
        op.Role is { } role && (role.IsSystemRole() || op.Grant.Departments.Contains(departmentKey, StringComparer.OrdinalIgnoreCase));
}
