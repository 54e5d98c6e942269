using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.OData;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>A user as XAPI shows it: stored properties, its id, its <c>Groups</c> computed from its memberships;
/// <c>AccessPassword</c> always reads as null (only a hash is kept).</summary>
public sealed class UserView(PbxState state, UserRecord user) : IEntityView
{
    public bool TryGet(string name, out JsonNode? value)
    {
        switch (name)
        {
            case "Id":
                value = JsonValue.Create(user.Id);
                return true;
            case "Groups":
                value = Memberships.Of(state, user);
                return true;
            case "AccessPassword":
                value = null;
                return true;
            default:
                return user.Props.TryGetValue(name, out value);
        }
    }
}

/// <summary>A group as XAPI shows it: <c>Members</c> and <c>HasMembers</c> computed from the users' memberships.</summary>
public sealed class GroupView(PbxState state, GroupRecord group) : IEntityView
{
    public bool TryGet(string name, out JsonNode? value)
    {
        switch (name)
        {
            case "Id":
                value = JsonValue.Create(group.Id);
                return true;
            case "Members":
                value = new JsonArray([.. state.MembersOf(group.Id).Select(u => Memberships.Node(state, u, u.Groups.First(m => m.GroupId == group.Id)))]);
                return true;
            case "HasMembers":
                value = JsonValue.Create(state.MembersByGroup.GetValueOrDefault(group.Id) is { Count: > 0 });
                return true;
            default:
                return group.Props.TryGetValue(name, out value);
        }
    }
}

/// <summary>A DID number as stored.</summary>
public sealed class DidView(DidRecord did) : IEntityView
{
    public bool TryGet(string name, out JsonNode? value) => did.Props.TryGetValue(name, out value);
}

/// <summary>
/// One <c>Pbx.UserGroup</c>, the same in both views (a user's <c>Groups</c>, a group's <c>Members</c>): <c>Id</c>,
/// <c>Number</c> and <c>MemberName</c> are the member's; <c>GroupId</c> and <c>Name</c> the group's; <c>Rights</c> the
/// member's rights in that group. (The swagger does not say which side <c>Id</c>, <c>Number</c> and <c>Name</c>
/// describe; <c>MemberName</c> existing beside <c>Name</c> suggests <c>Name</c> is the group's.)
/// </summary>
public static class Memberships
{
    public static JsonArray Of(PbxState state, UserRecord user) => [.. user.Groups.Select(m => Node(state, user, m))];

    public static JsonObject Node(PbxState state, UserRecord user, Membership membership) => new()
    {
        ["Id"] = user.Id,
        ["GroupId"] = membership.GroupId,
        ["Name"] = state.Groups.GetValueOrDefault(membership.GroupId)?.Name,
        ["Number"] = user.Number,
        ["MemberName"] = user.DisplayName,
        ["Rights"] = membership.Rights.DeepClone(),
    };
}
