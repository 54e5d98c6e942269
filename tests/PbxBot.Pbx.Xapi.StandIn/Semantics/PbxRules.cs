using System.Text.RegularExpressions;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;

namespace PbxBot.Pbx.Xapi.StandIn.Semantics;

/// <summary>
/// The rules a 3CX admin would recognise, in one place. The swagger gives shapes, not rules: each rule here is an
/// approximation of 3CX V20's behaviour, chosen so that a client mistake shows up as a 4xx naming the property.
/// Statuses: 400 for a refused value (target = the property), 403 for the licence limit, 404 for an unknown key.
/// </summary>
public static partial class PbxRules
{
    /// <summary>3CX V20's role names (<c>Pbx.Rights.RoleName</c>), lowest first.</summary>
    public static readonly IReadOnlyList<string> Roles = ["users", "receptionists", "managers", "group_admins", "group_owners", "system_admins", "system_owners"];

    /// <summary>A member given without rights gets the lowest role (3CX's "User").</summary>
    public const string DefaultRole = "users";

    /// <summary>
    /// <c>Number</c>: required, digits only, of the PBX's extension length, unique among users, never an emergency
    /// number nor one that starts with an emergency number (dialling 1120 on a 3-digit-prefix phone would ring 112).
    /// </summary>
    public static void CheckNumber(PbxSettings settings, PbxState state, string? number, int? self, List<ErrorDetail> errors, string target = "Number")
    {
        if (string.IsNullOrEmpty(number))
        {
            errors.Add(new(ErrorCodes.Required, "Number is required.", target));
            return;
        }
        if (!number.All(char.IsAsciiDigit) || number.Length != settings.ExtensionLength)
        {
            errors.Add(new(ErrorCodes.InvalidNumber, $"Number '{number}' must be {settings.ExtensionLength} digits.", target));
            return;
        }
        if (BlockedPrefix(settings, number) is { } emergency)
        {
            errors.Add(new(ErrorCodes.EmergencyNumber, $"Number '{number}' is or starts with the emergency number {emergency}: it cannot be an extension.", target));
            return;
        }
        if (state.UserByNumber(number) is { } holder && holder.Id != self)
        {
            errors.Add(new(ErrorCodes.AlreadyInUse, $"Number '{number}' is already in use by {holder.DisplayName} (user {holder.Id}).", target));
        }
    }

    public static string? BlockedPrefix(PbxSettings settings, string number) =>
        settings.BlockedNumbers.FirstOrDefault(b => b.Length <= number.Length && number.StartsWith(b, StringComparison.Ordinal));

    /// <summary><c>Users/Pbx.GetFirstAvailableExtensionNumber()</c>: the lowest number of the user range that no user
    /// has and that is not blocked; null when the range is full (the swagger's <c>Number</c> is nullable).</summary>
    public static string? FirstAvailableNumber(PbxSettings settings, PbxState state)
    {
        for (var n = settings.UserNumberFrom; n <= settings.UserNumberTo; n++)
        {
            var number = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!state.UserIdsByNumber.ContainsKey(number) && BlockedPrefix(settings, number) is null)
            {
                return number;
            }
        }
        return null;
    }

    /// <summary><c>EmailAddress</c>: empty is allowed (no welcome e-mail then); otherwise it must look like an address.</summary>
    public static void CheckEmail(string? email, List<ErrorDetail> errors, string target = "EmailAddress")
    {
        if (!string.IsNullOrEmpty(email) && !EmailShape().IsMatch(email))
        {
            errors.Add(new(ErrorCodes.InvalidEmail, $"'{email}' is not an e-mail address.", target));
        }
    }

    /// <summary><c>OutboundCallerID</c>: empty, or one of the PBX's DID numbers (compared on digits: "+33 1 80…" is "+33180…").</summary>
    public static void CheckOutboundCallerId(PbxState state, string? callerId, List<ErrorDetail> errors, string target = "OutboundCallerID")
    {
        if (string.IsNullOrEmpty(callerId))
        {
            return;
        }
        var digits = Digits(callerId);
        if (!state.Dids.Any(d => Digits(d.Number) == digits))
        {
            errors.Add(new(ErrorCodes.UnknownDid, $"'{callerId}' is not a DID number of this PBX.", target));
        }
    }

    public static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    /// <summary><c>Rights.RoleName</c> must be one of 3CX's roles.</summary>
    public static void CheckRole(string? role, List<ErrorDetail> errors, string target)
    {
        if (role is null || !Roles.Contains(role))
        {
            errors.Add(new(ErrorCodes.InvalidRole, $"'{role}' is not a role ({string.Join(", ", Roles)}).", target));
        }
    }

    /// <summary>A user is in at least one group, and <c>PrimaryGroupId</c> (whose office hours apply) is one of them.</summary>
    public static void CheckPrimaryGroup(IReadOnlyCollection<Membership> groups, int? primary, List<ErrorDetail> errors, string target = "PrimaryGroupId")
    {
        if (groups.Count == 0)
        {
            errors.Add(new(ErrorCodes.Required, "A user belongs to at least one group.", "Groups"));
        }
        else if (primary is null)
        {
            errors.Add(new(ErrorCodes.Required, "PrimaryGroupId is required: a user has a primary group.", target));
        }
        else if (groups.All(g => g.GroupId != primary))
        {
            errors.Add(new(ErrorCodes.PrimaryGroup, $"PrimaryGroupId {primary} is not one of the user's groups ({string.Join(", ", groups.Select(g => g.GroupId))}).", target));
        }
    }

    /// <summary>
    /// Licence: a PBX with <c>maxUsers</c> refuses the next user with 403 <c>LICENSE_LIMIT</c>. 403, not 400: the
    /// request is valid and the token good (not 401); the PBX refuses it as a matter of policy, and retrying or
    /// fixing the body will not help until the licence changes.
    /// </summary>
    public static void CheckLicence(PbxSettings settings, PbxState state, int adding = 1)
    {
        if (settings.MaxUsers is { } max && state.Users.Count + adding > max)
        {
            throw new XapiException(403, ErrorCodes.LicenseLimit,
                $"The licence allows {max} users and the PBX has {state.Users.Count}: no more users can be created.");
        }
    }

    /// <summary>A group's <c>Name</c>: required, unique ignoring case (3CX refuses "SUPPORT" beside "Support").</summary>
    public static void CheckGroupName(PbxState state, string? name, int? self, List<ErrorDetail> errors, string target = "Name")
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new(ErrorCodes.Required, "Name is required.", target));
        }
        else if (state.GroupByName(name.Trim()) is { } other && other.Id != self)
        {
            errors.Add(new(ErrorCodes.AlreadyInUse, $"A group named '{other.Name}' already exists (group {other.Id}).", target));
        }
    }

    /// <summary>
    /// Deleting a group: refused for the default group, and refused while it has members (400 <c>GROUP_HAS_MEMBERS</c>,
    /// target <c>Members</c>). Choice: 3CX V20 asks to move users first; refusing keeps a client from silently
    /// leaving users without their department.
    /// </summary>
    public static void CheckGroupDeletion(PbxState state, GroupRecord group)
    {
        if (group.IsDefault)
        {
            throw XapiException.BadRequest(ErrorCodes.DefaultGroup, $"'{group.Name}' is the default group: it cannot be deleted.");
        }
        var members = state.MembersByGroup.GetValueOrDefault(group.Id);
        if (members is { Count: > 0 })
        {
            throw XapiException.BadRequest(ErrorCodes.GroupHasMembers,
                $"'{group.Name}' still has {members.Count} member(s) (e.g. {state.Users[members.Min].Number}): remove them from the group first.", "Members");
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailShape();
}
