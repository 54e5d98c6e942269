using System.Text.Json.Nodes;
using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Wire;

namespace PbxBot.Pbx.Xapi.Mapping;

/// <summary>
/// <see cref="PbxUser"/> ↔ <c>Pbx.User</c>. Memberships are written the way the port models them: the user's whole
/// <c>Groups</c> list, each with <c>Rights.RoleName</c>, and <c>PrimaryGroupId</c>.
/// </summary>
internal static class UserMapping
{
    /// <summary>Exactly the properties <see cref="FromWire"/> reads.</summary>
    public const string Select = "Id,Number,FirstName,LastName,EmailAddress,Mobile,Require2FA,OutboundCallerID,PrimaryGroupId";

    /// <summary>
    /// Each user's groups with the role there. <c>Rights</c> is a navigation property of <c>Pbx.UserGroup</c>: selecting
    /// it would give a link, not the role, so it is expanded, down to its <c>RoleName</c>.
    /// </summary>
    public const string Expand = "Groups($select=GroupId;$expand=Rights($select=RoleName))";

    public static PbxUser? FromWire(XapiUser user) => string.IsNullOrEmpty(user.Number)
        ? null
        : new PbxUser
        {
            Id = user.Id,
            Number = user.Number,
            FirstName = user.FirstName,
            LastName = user.LastName,
            EmailAddress = Blank(user.EmailAddress),
            Mobile = Blank(user.Mobile),
            Require2FA = user.Require2FA ?? false,
            OutboundCallerId = Blank(user.OutboundCallerID),
            PrimaryGroupId = user.PrimaryGroupId,
            Groups = Memberships(user.Groups),
        };

    /// <summary>
    /// The body of <c>POST /Users</c>: the number and every field given. 2FA is sent even when not given — off, PbxBot's
    /// default, so the PBX's own default never blocks a first sign-in.
    /// </summary>
    public static JsonObject CreateBody(PbxUserChanges user)
    {
        var body = new JsonObject { ["Number"] = user.Number };
        AddChanges(body, user with { Require2FA = user.Require2FA ?? new Set<bool>(false) }, creating: true);
        return body;
    }

    /// <summary>The body of <c>PATCH /Users({Id})</c>: only the fields set (the number never changes).</summary>
    public static JsonObject PatchBody(PbxUserChanges changes)
    {
        var body = new JsonObject();
        AddChanges(body, changes, creating: false);
        return body;
    }

    /// <summary>The body of <c>PATCH /Users({Id})</c> that sets the web client password (<c>AccessPassword</c>).</summary>
    public static JsonObject PasswordBody(string password) => new() { ["AccessPassword"] = password };

    /// <summary>
    /// <c>Pbx.Regenerate</c>'s <c>Pbx.RegenerateOptions</c>: a new web client password and, when asked, 3CX's welcome
    /// e-mail with it; phones' SIP credentials, desk-phone password, voicemail PIN and provisioning stay as they are.
    /// </summary>
    public static JsonObject RegenerateBody(bool sendWelcomeEmail) => new()
    {
        ["opts"] = new JsonObject
        {
            ["WebclientPassword"] = true,
            ["SendWelcomeEmail"] = sendWelcomeEmail,
            ["SipAuth"] = false,
            ["DeskphonePassword"] = false,
            ["VoicemailPIN"] = false,
            ["RpsKey"] = false,
            ["ConfigurationLink"] = false,
        },
    };

    /// <summary>The user as created: what the PBX answered, completed by what was sent when the answer leaves it out.</summary>
    public static PbxUser Created(XapiUser answer, PbxUserChanges sent)
    {
        var user = FromWire(answer with { Number = answer.Number ?? sent.Number }) ?? throw new InvalidOperationException("A created user has a number.");
        return answer.Groups is null && sent.Groups is { } groups ? user with { Groups = groups.Value } : user;
    }

    private static void AddChanges(JsonObject body, PbxUserChanges changes, bool creating)
    {
        AddText(body, "FirstName", changes.FirstName is { } first ? new Set<string?>(first.Value) : null, creating);
        AddText(body, "LastName", changes.LastName is { } last ? new Set<string?>(last.Value) : null, creating);
        AddText(body, "EmailAddress", changes.EmailAddress, creating);
        AddText(body, "Mobile", changes.Mobile, creating);
        if (changes.Require2FA is { } require2Fa)
        {
            body["Require2FA"] = require2Fa.Value;
        }
        AddText(body, "OutboundCallerID", changes.OutboundCallerId, creating);
        if (changes.PrimaryGroupId is { } primary)
        {
            body["PrimaryGroupId"] = primary.Value;
        }
        if (changes.Groups is { } groups)
        {
            body["Groups"] = new JsonArray([.. groups.Value.Select(Membership)]);
        }
    }

    /// <summary>
    /// A text field: its value, or — a <see cref="Set{T}"/> of null — the empty string, which is how the console leaves a
    /// field empty (a JSON null is what a client sends for "not given"). On create there is nothing to clear.
    /// </summary>
    private static void AddText(JsonObject body, string property, Set<string?>? change, bool creating)
    {
        if (change is not { } set || (creating && string.IsNullOrEmpty(set.Value)))
        {
            return;
        }
        body[property] = set.Value ?? "";
    }

    private static JsonObject Membership(PbxMembership membership) => new()
    {
        ["GroupId"] = membership.GroupId,
        ["Rights"] = new JsonObject { ["RoleName"] = membership.Role.RoleName() },
    };

    private static IReadOnlyList<PbxMembership> Memberships(IReadOnlyList<XapiUserGroup>? groups) =>
        groups is null
            ? []
            : [.. groups.Where(g => g.GroupId is not null)
                .Select(g => new PbxMembership(g.GroupId!.Value, Roles.TryParse(g.Rights?.RoleName, out var role) ? role : Role.Users))];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
