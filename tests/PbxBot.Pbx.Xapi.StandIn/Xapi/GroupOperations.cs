using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Semantics;

namespace PbxBot.Pbx.Xapi.StandIn.Xapi;

/// <summary>The <c>Groups</c> operations of the swagger, by operationId.</summary>
internal static class GroupOperations
{
    public static void Register(IDictionary<string, Func<XapiRequest, Reply>> handlers)
    {
        handlers["ListGroup"] = List;
        handlers["GetGroup"] = Get;
        handlers["CreateGroup"] = Create;
        handlers["UpdateGroup"] = Update;
        handlers["DeleteGroup"] = Delete;
        handlers["ListMembers"] = Members;
        handlers["ListRights"] = Rights;
    }

    private static Reply List(XapiRequest r)
    {
        var state = r.Tenant.State;
        var (page, count) = r.Query.Apply(state.Groups.Values, state.Groups.Count, g => new GroupView(state, g));
        return EntityWriter.Collection(r.Context("Groups" + r.Query.Shape.ContextSuffix), r.Swagger.Schemas["Pbx.Group"], page, count, r.Query.Shape, g => new GroupView(state, g));
    }

    private static Reply Get(XapiRequest r)
    {
        var state = r.Tenant.State;
        return EntityWriter.Entity(200, r.Context("Groups/$entity"), r.Swagger.Schemas["Pbx.Group"], new GroupView(state, Find(state, r.IntKey("Id"))), r.Query.Shape);
    }

    private static Reply Create(XapiRequest r)
    {
        var (state, group) = r.Tenant.Write(s =>
        {
            var (next, created) = GroupWrites.Create(r.Tenant, s, r.BodyObject);
            return (next, (next, created));
        });
        var location = $"{r.ServiceRoot}/Groups({group.Id})";
        if (r.Prefers("return=minimal"))
        {
            return Reply.Empty(204).With("Location", location).With("OData-EntityId", location).With("Preference-Applied", "return=minimal");
        }
        return EntityWriter.Entity(201, r.Context("Groups/$entity"), r.Swagger.Schemas["Pbx.Group"], new GroupView(state, group), SelectExpand.Default)
            .With("Location", location);
    }

    private static Reply Update(XapiRequest r)
    {
        var id = r.IntKey("Id");
        var (state, group) = r.Tenant.Write(s =>
        {
            var (next, changed) = GroupWrites.Patch(s, r.Swagger.Schemas["Pbx.Group"], Find(s, id), r.BodyObject);
            return (next, (next, changed));
        });
        return r.Prefers("return=representation")
            ? EntityWriter.Entity(200, r.Context("Groups/$entity"), r.Swagger.Schemas["Pbx.Group"], new GroupView(state, group), SelectExpand.Default)
                .With("Preference-Applied", "return=representation")
            : Reply.Empty(204);
    }

    private static Reply Delete(XapiRequest r)
    {
        var id = r.IntKey("Id");
        r.Tenant.Write(s => (GroupWrites.Delete(s, Find(s, id)), 0));
        return Reply.Empty(204);
    }

    private static Reply Members(XapiRequest r)
    {
        var state = r.Tenant.State;
        var group = Find(state, r.IntKey("Id"));
        new GroupView(state, group).TryGet("Members", out var members);
        var items = (JsonArray)members!;
        var (page, count) = r.Query.Apply(items, items.Count, n => new JsonObjectView((JsonObject)n!));
        return EntityWriter.Collection(r.Context($"Groups({group.Id})/Members" + r.Query.Shape.ContextSuffix), r.Swagger.Schemas["Pbx.UserGroup"],
            page, count, r.Query.Shape, n => new JsonObjectView((JsonObject)n!));
    }

    /// <summary>A group's own <c>Rights</c> collection: whatever was written to it (the stand-in gives it no meaning).</summary>
    private static Reply Rights(XapiRequest r)
    {
        var state = r.Tenant.State;
        var group = Find(state, r.IntKey("Id"));
        var items = group.Props.GetValueOrDefault("Rights") as JsonArray ?? [];
        var (page, count) = r.Query.Apply(items, items.Count, n => n is JsonObject o ? new JsonObjectView(o) : new JsonObjectView([]));
        return EntityWriter.Collection(r.Context($"Groups({group.Id})/Rights"), r.Swagger.Schemas["Pbx.Rights"],
            page, count, r.Query.Shape, n => n is JsonObject o ? new JsonObjectView(o) : new JsonObjectView([]));
    }

    private static GroupRecord Find(PbxState state, int id) =>
        state.Groups.GetValueOrDefault(id) ?? throw XapiException.NotFound($"No group has the id {id}.");
}
