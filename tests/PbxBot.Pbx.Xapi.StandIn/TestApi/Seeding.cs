using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Semantics;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.TestApi;

/// <summary>
/// <c>POST …/_standin/seed</c> <c>{ "groups": [Pbx.Group], "didNumbers": [Pbx.DidNumber], "users": [Pbx.User] }</c>:
/// swagger-shaped data, checked by the same schemas and rules as XAPI writes (targets like <c>users[2].Number</c>),
/// all or nothing, ids assigned. Groups come first, then DIDs, then users, whose <c>Groups</c> items may name a group
/// by <c>Name</c> as well as by <c>GroupId</c>. Answers <c>{ "groups": [{ "Id", "Name" }], "users": [{ "Id", "Number" }],
/// "didNumbers": [ "+44…" ] }</c>.
/// </summary>
public static class Seeding
{
    public static JsonObject Seed(PbxTenant tenant, SwaggerDocument swagger, JsonObject body)
    {
        foreach (var (name, _) in body)
        {
            if (name is not ("groups" or "didNumbers" or "users"))
            {
                throw XapiException.BadRequest(ErrorCodes.UnknownProperty, $"Unknown seed property '{name}' (groups, didNumbers, users).", name);
            }
        }
        var groups = Items(body, "groups", swagger.Schemas["Pbx.Group"]);
        var dids = Items(body, "didNumbers", swagger.Schemas["Pbx.DidNumber"]);
        var users = Items(body, "users", swagger.Schemas["Pbx.User"]);
        return tenant.Write(state =>
        {
            var answer = new JsonObject();
            var created = new JsonArray();
            for (var i = 0; i < groups.Count; i++)
            {
                (state, var group) = GroupWrites.Create(tenant, state, groups[i], $"groups[{i}].");
                created.Add(new JsonObject { ["Id"] = group.Id, ["Name"] = group.Name });
            }
            answer["groups"] = created;
            var numbers = new JsonArray();
            for (var i = 0; i < dids.Count; i++)
            {
                state = WithDid(state, dids[i], $"didNumbers[{i}].Number");
                numbers.Add(Json.String(dids[i]["Number"]));
            }
            answer["didNumbers"] = numbers;
            var seeded = new JsonArray();
            for (var i = 0; i < users.Count; i++)
            {
                (state, var user) = UserWrites.Create(tenant, state, users[i], "seed", $"users[{i}].", byName: true);
                seeded.Add(new JsonObject { ["Id"] = user.Id, ["Number"] = user.Number });
            }
            answer["users"] = seeded;
            return (state, answer);
        });
    }

    /// <summary>A DID: <c>Number</c> required and unique.</summary>
    public static PbxState WithDid(PbxState state, JsonObject did, string target)
    {
        var number = Json.String(did["Number"]);
        if (string.IsNullOrWhiteSpace(number))
        {
            throw XapiException.BadRequest(ErrorCodes.Required, "A DID needs a Number.", target);
        }
        if (state.Dids.Any(d => d.Number == number))
        {
            throw XapiException.BadRequest(ErrorCodes.AlreadyInUse, $"DID {number} exists already.", target);
        }
        var props = did.Where(p => !p.Key.Contains('@', StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal);
        return state with { Dids = state.Dids.Add(new DidRecord(PropertyDictionary.Of(props))) };
    }

    private static List<JsonObject> Items(JsonObject body, string name, Schema schema)
    {
        if (body[name] is null)
        {
            return [];
        }
        if (body[name] is not JsonArray items)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidType, $"{name} must be an array.", name);
        }
        var list = new List<JsonObject>();
        for (var i = 0; i < items.Count; i++)
        {
            BodyValidator.Validate(schema, items[i], $"{name}[{i}]");
            list.Add(items[i] as JsonObject ?? throw XapiException.BadRequest(ErrorCodes.InvalidType, $"{name}[{i}] must be an object.", $"{name}[{i}]"));
        }
        return list;
    }
}
