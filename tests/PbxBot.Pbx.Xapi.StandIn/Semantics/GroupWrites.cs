using System.Collections.Immutable;
using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.Semantics;

/// <summary>
/// Creating, changing and deleting groups (departments). A group's <c>Members</c> are the users whose <c>Groups</c>
/// name it: writing <c>Members</c> (items naming a user by <c>Id</c> or <c>Number</c>, with <c>Rights</c>) changes
/// those users' memberships — on PATCH the list replaces the members, and removing a user from their primary or
/// only group is refused (400 <c>PRIMARY_GROUP</c>, target <c>Members</c>). <c>IsDefault</c> and <c>HasMembers</c>
/// are the PBX's own; office holidays get ids.
/// </summary>
public static class GroupWrites
{
    private static readonly HashSet<string> Managed = ["Id", "Members", "HasMembers"];

    public static (PbxState State, GroupRecord Group) Create(PbxTenant tenant, PbxState state, JsonObject body, string prefix = "")
    {
        var errors = new List<ErrorDetail>();
        PbxRules.CheckGroupName(state, Json.String(body["Name"]), null, errors, $"{prefix}Name");
        if (Json.Bool(body["IsDefault"]) == true)
        {
            errors.Add(new(ErrorCodes.ReadOnly, "Only the PBX's own default group is default.", $"{prefix}IsDefault"));
        }
        var (next, id) = state.TakeId();
        var props = PropertyDictionary.NewBuilder();
        foreach (var (name, value) in body)
        {
            if (!name.Contains('@', StringComparison.Ordinal) && !Managed.Contains(name))
            {
                props[name] = value?.DeepClone();
            }
        }
        props["Name"] = JsonValue.Create(Json.String(body["Name"])?.Trim());
        props["IsDefault"] = JsonValue.Create(false);
        next = WithHolidayIds(next, props);
        var group = new GroupRecord(id, PropertyDictionary.Of(props));
        next = next.WithGroup(group);
        if (body["Members"] is JsonArray members)
        {
            next = SetMembers(next, group, members, replace: false, $"{prefix}Members", errors);
        }
        if (errors.Count > 0)
        {
            throw new XapiException(400, errors);
        }
        return (next, group);
    }

    public static (PbxState State, GroupRecord Group) Patch(PbxState state, Schema schema, GroupRecord group, JsonObject body)
    {
        var errors = new List<ErrorDetail>();
        if (body["Id"] is { } id && Json.Int(id) != group.Id)
        {
            errors.Add(new(ErrorCodes.InvalidKey, $"Id {id.ToJsonString()} in the body is not the key {group.Id} of the URL.", "Id"));
        }
        if (body.ContainsKey("Name"))
        {
            PbxRules.CheckGroupName(state, Json.String(body["Name"]), group.Id, errors);
        }
        if (body.ContainsKey("IsDefault") && Json.Bool(body["IsDefault"]) != group.IsDefault)
        {
            errors.Add(new(ErrorCodes.ReadOnly, "IsDefault is the PBX's own: it cannot be changed.", "IsDefault"));
        }
        var props = group.Props.ToBuilder();
        foreach (var (name, value) in body)
        {
            if (!name.Contains('@', StringComparison.Ordinal) && !Managed.Contains(name))
            {
                props[name] = Merge.Value(schema.Property(name)?.Schema, props.GetValueOrDefault(name), value);
            }
        }
        if (body.ContainsKey("Name"))
        {
            props["Name"] = JsonValue.Create(Json.String(body["Name"])?.Trim());
        }
        var next = WithHolidayIds(state, props);
        var changed = group with { Props = PropertyDictionary.Of(props) };
        next = next.WithGroup(changed);
        if (body.ContainsKey("Members"))
        {
            next = SetMembers(next, changed, body["Members"] as JsonArray ?? [], replace: true, "Members", errors);
        }
        if (errors.Count > 0)
        {
            throw new XapiException(400, errors);
        }
        return (next, changed);
    }

    public static PbxState Delete(PbxState state, GroupRecord group)
    {
        PbxRules.CheckGroupDeletion(state, group);
        return state.WithoutGroup(group.Id);
    }

    /// <summary>Makes the given users members with the given rights; with <paramref name="replace"/>, removes the others.</summary>
    private static PbxState SetMembers(PbxState state, GroupRecord group, JsonArray items, bool replace, string path, List<ErrorDetail> errors)
    {
        var wanted = new Dictionary<int, JsonObject>();
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"{path}[{i}]";
            var item = items[i] as JsonObject ?? [];
            var user = Json.Int(item["Id"]) is { } userId ? state.Users.GetValueOrDefault(userId)
                : Json.String(item["Number"]) is { } number ? state.UserByNumber(number)
                : null;
            if (user is null)
            {
                var target = item.ContainsKey("Id") ? $"{at}.Id" : $"{at}.Number";
                errors.Add(new(ErrorCodes.NotFound, $"{at} names no user of this PBX (give the user's Id or Number).", target));
                continue;
            }
            if (!wanted.TryAdd(user.Id, UserWrites.Rights(item["Rights"], $"{at}.Rights", errors)))
            {
                errors.Add(new(ErrorCodes.AlreadyInUse, $"User {user.Number} is listed twice.", at));
            }
        }
        var next = state;
        foreach (var (userId, rights) in wanted)
        {
            var user = next.Users[userId];
            var others = user.Groups.Where(m => m.GroupId != group.Id);
            next = next.WithUser(user with { Groups = [.. others, new Membership(group.Id, rights)] });
        }
        if (replace)
        {
            foreach (var user in state.MembersOf(group.Id).Where(u => !wanted.ContainsKey(u.Id)).ToList())
            {
                var remaining = user.Groups.Where(m => m.GroupId != group.Id).ToImmutableArray();
                if (user.PrimaryGroupId == group.Id || remaining.Length == 0)
                {
                    errors.Add(new(ErrorCodes.PrimaryGroup,
                        $"{user.Number} ({user.DisplayName}) has '{group.Name}' as primary or only group: give them another primary group first.", path));
                    continue;
                }
                next = next.WithUser(next.Users[user.Id] with { Groups = remaining });
            }
        }
        return next;
    }

    /// <summary>Holidays given without an id (or with 0) get one from the PBX's id sequence.</summary>
    private static PbxState WithHolidayIds(PbxState state, Dictionary<string, JsonNode?> props)
    {
        var next = state;
        if (props.GetValueOrDefault("OfficeHolidays") is not JsonArray holidays)
        {
            return next;
        }
        var copy = (JsonArray)holidays.DeepClone();
        foreach (var holiday in copy.OfType<JsonObject>())
        {
            if (Json.Int(holiday["Id"]) is null or 0)
            {
                (next, var id) = next.TakeId();
                holiday["Id"] = id;
            }
        }
        props["OfficeHolidays"] = copy;
        return next;
    }
}
