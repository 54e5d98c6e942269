namespace PbxBot.Domain.Rules;

/// <summary>
/// Who may change or remove an existing extension: never someone at or above one's own role (seed 000, step 5, read
/// the other way), and a department admin only someone of their departments.
/// </summary>
internal static class TargetRules
{
    public static IEnumerable<FieldError> MayTouch(Extension target, PbxSnapshot pbx, Operator actor)
    {
        var v = new ValidationBuilder();
        var who = $"{target.DisplayName} ({target.Number})";
        if (!actor.CanMoveUserOfRole(target.Role))
        {
            v.Error(ExtensionFields.Number, ErrorCodes.TargetRoleNotBelow, who, RoleRules.Label(target.Role), RoleRules.Label(actor.Role));
        }
        else if (!actor.CanCreateExtension(target.Department))
        {
            v.Error(ExtensionFields.Number, ErrorCodes.TargetOutsideDepartments, who, pbx.FindDepartment(target.Department)?.Name ?? target.Department);
        }
        return v.Build(() => true).Errors;
    }
}
