using System.Collections.Immutable;
using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.Semantics;

/// <summary>
/// Creating, changing and deleting users with 3CX's rules. Bodies reach here already checked against the swagger.
/// Approximations: a user created without <c>Groups</c> joins the default group as <c>users</c>; without
/// <c>PrimaryGroupId</c> its first group is primary; <c>AccessPassword</c> (the web client password) is write-only
/// and reads as null; an empty or null one clears it.
/// </summary>
public static class UserWrites
{
    /// <summary>Properties the stand-in keeps itself rather than as sent.</summary>
    private static readonly HashSet<string> Managed = ["Id", "Groups", "AccessPassword"];

    /// <param name="byName">Seeding may name groups (<c>{ "Name": "Support" }</c>) since it cannot know their ids yet.</param>
    public static (PbxState State, UserRecord User) Create(PbxTenant tenant, PbxState state, JsonObject body, string how, string prefix = "", bool byName = false)
    {
        var errors = new List<ErrorDetail>();
        var props = PropertyDictionary.NewBuilder();
        foreach (var (name, value) in body)
        {
            if (!name.Contains('@', StringComparison.Ordinal) && !Managed.Contains(name))
            {
                props[name] = value?.DeepClone();
            }
        }
        var groups = body["Groups"] is JsonArray given
            ? Memberships(state, given, $"{prefix}Groups", byName, errors)
            : [new Membership(tenant.DefaultGroupId, new JsonObject { ["RoleName"] = PbxRules.DefaultRole })];
        if (Json.Int(body["PrimaryGroupId"]) is null && groups.Length > 0)
        {
            props["PrimaryGroupId"] = JsonValue.Create(groups[0].GroupId);
        }
        PbxRules.CheckNumber(tenant.Settings, state, Json.String(body["Number"]), null, errors, $"{prefix}Number");
        PbxRules.CheckPrimaryGroup(groups, Json.Int(props.GetValueOrDefault("PrimaryGroupId")), errors, $"{prefix}PrimaryGroupId");
        PbxRules.CheckEmail(Json.String(body["EmailAddress"]), errors, $"{prefix}EmailAddress");
        PbxRules.CheckOutboundCallerId(state, Json.String(body["OutboundCallerID"]), errors, $"{prefix}OutboundCallerID");
        if (errors.Count > 0)
        {
            throw new XapiException(400, errors);
        }
        PbxRules.CheckLicence(tenant.Settings, state);
        var (next, id) = state.TakeId();
        var password = Json.String(body["AccessPassword"]);
        var user = new UserRecord(id, PropertyDictionary.Of(props), groups, string.IsNullOrEmpty(password) ? null : Passwords.Hash(password));
        next = next.WithUser(user);
        if (user.PasswordHash is not null)
        {
            next = next with { PasswordChanges = next.PasswordChanges.Add(new(id, user.Number, how, tenant.Now)) };
        }
        return (next, user);
    }

    public static (PbxState State, UserRecord User) Patch(PbxTenant tenant, PbxState state, Schema schema, UserRecord user, JsonObject body)
    {
        var errors = new List<ErrorDetail>();
        if (body["Id"] is { } id && Json.Int(id) != user.Id)
        {
            errors.Add(new(ErrorCodes.InvalidKey, $"Id {id.ToJsonString()} in the body is not the key {user.Id} of the URL.", "Id"));
        }
        var props = user.Props.ToBuilder();
        foreach (var (name, value) in body)
        {
            if (!name.Contains('@', StringComparison.Ordinal) && !Managed.Contains(name))
            {
                props[name] = Merge.Value(schema.Property(name)?.Schema, props.GetValueOrDefault(name), value);
            }
        }
        var groups = user.Groups;
        if (body.ContainsKey("Groups"))
        {
            groups = body["Groups"] is JsonArray given ? Memberships(state, given, "Groups", false, errors) : [];
        }
        if (body.ContainsKey("Number"))
        {
            PbxRules.CheckNumber(tenant.Settings, state, Json.String(body["Number"]), user.Id, errors);
        }
        if (body.ContainsKey("PrimaryGroupId") || body.ContainsKey("Groups"))
        {
            PbxRules.CheckPrimaryGroup(groups, Json.Int(props.GetValueOrDefault("PrimaryGroupId")), errors);
        }
        if (body.ContainsKey("EmailAddress"))
        {
            PbxRules.CheckEmail(Json.String(body["EmailAddress"]), errors);
        }
        if (body.ContainsKey("OutboundCallerID"))
        {
            PbxRules.CheckOutboundCallerId(state, Json.String(body["OutboundCallerID"]), errors);
        }
        if (errors.Count > 0)
        {
            throw new XapiException(400, errors);
        }
        var changed = user with { Props = PropertyDictionary.Of(props), Groups = groups };
        var next = state;
        if (body.ContainsKey("AccessPassword"))
        {
            var password = Json.String(body["AccessPassword"]);
            changed = changed with { PasswordHash = string.IsNullOrEmpty(password) ? null : Passwords.Hash(password) };
            next = next with { PasswordChanges = next.PasswordChanges.Add(new(user.Id, changed.Number, string.IsNullOrEmpty(password) ? "cleared" : "patch", tenant.Now)) };
        }
        return (next.WithUser(changed), changed);
    }

    /// <summary><c>Pbx.UserGroup</c> items: a group by <c>GroupId</c> (which must exist, once), rights by <c>Rights.RoleName</c>.</summary>
    public static ImmutableArray<Membership> Memberships(PbxState state, JsonArray items, string path, bool byName, List<ErrorDetail> errors)
    {
        var list = ImmutableArray.CreateBuilder<Membership>();
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (items[i] is not JsonObject item)
            {
                errors.Add(new(ErrorCodes.Required, $"{at} must be a Pbx.UserGroup.", at));
                continue;
            }
            var groupId = Json.Int(item["GroupId"]);
            if (groupId is null && byName && Json.String(item["Name"]) is { } name)
            {
                groupId = state.GroupByName(name)?.Id;
                if (groupId is null)
                {
                    errors.Add(new(ErrorCodes.NotFound, $"There is no group named '{name}'.", $"{at}.Name"));
                    continue;
                }
            }
            if (groupId is null)
            {
                errors.Add(new(ErrorCodes.Required, "GroupId is required in a user's groups.", $"{at}.GroupId"));
                continue;
            }
            if (!state.Groups.ContainsKey(groupId.Value))
            {
                errors.Add(new(ErrorCodes.NotFound, $"There is no group {groupId}.", $"{at}.GroupId"));
                continue;
            }
            if (list.Any(m => m.GroupId == groupId))
            {
                errors.Add(new(ErrorCodes.AlreadyInUse, $"Group {groupId} is listed twice.", $"{at}.GroupId"));
                continue;
            }
            list.Add(new Membership(groupId.Value, Rights(item["Rights"], $"{at}.Rights", errors)));
        }
        return list.ToImmutable();
    }

    /// <summary>The rights of a membership; a missing role is the lowest one.</summary>
    public static JsonObject Rights(JsonNode? given, string path, List<ErrorDetail> errors)
    {
        var rights = given is JsonObject obj ? (JsonObject)obj.DeepClone() : [];
        if (rights["RoleName"] is null)
        {
            rights["RoleName"] = PbxRules.DefaultRole;
        }
        PbxRules.CheckRole(Json.String(rights["RoleName"]), errors, $"{path}.RoleName");
        return rights;
    }
}
