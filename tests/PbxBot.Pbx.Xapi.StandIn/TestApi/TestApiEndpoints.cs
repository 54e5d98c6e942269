using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PbxBot.Pbx.Xapi.StandIn.Hosting;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Semantics;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.TestApi;

/// <summary>
/// The test-only API, never under <c>/xapi</c> and never recorded as a call:
/// <c>POST /_standin/pbxes</c> (create a tenant), and under a tenant's base <c>/_standin/seed</c>, <c>generate</c>,
/// <c>state</c>, <c>users/{number}/check-password</c>, <c>calls</c>, <c>faults</c>, <c>clock</c>; <c>DELETE /_standin</c>
/// removes the tenant.
/// </summary>
public sealed class TestApiEndpoints(TenantRegistry tenants, SwaggerDocument swagger)
{
    public async Task<Reply> ServerAsync(HttpContext context)
    {
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return Reply.Json(200, new JsonObject
            {
                ["pbxes"] = new JsonArray([.. tenants.All.Select(t => new JsonObject
                {
                    ["id"] = t.Id,
                    ["baseUrl"] = t.Id == TenantRegistry.DefaultId ? baseUrl : $"{baseUrl}/t/{t.Id}",
                })]),
            });
        }
        Require(context, "POST");
        var tenant = tenants.Create(await ReadObjectAsync(context, optional: true));
        return Reply.Json(201, new JsonObject
        {
            ["id"] = tenant.Id,
            ["baseUrl"] = $"{baseUrl}/t/{tenant.Id}",
            ["clientId"] = tenant.Settings.ClientId,
            ["clientSecret"] = tenant.Settings.ClientSecret,
        });
    }

    public async Task<Reply> HandleAsync(HttpContext context, PbxTenant tenant, string prefix, string path)
    {
        var method = context.Request.Method.ToUpperInvariant();
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (segments, method)
        {
            case ([], "DELETE"):
                return tenants.Remove(tenant.Id) ? Reply.Empty(204)
                    : throw XapiException.BadRequest(ErrorCodes.ReadOnly, "The default PBX cannot be removed.");
            case (["seed"], "POST"):
                return Reply.Json(200, Seeding.Seed(tenant, swagger, await ReadObjectAsync(context)));
            case (["generate"], "POST"):
                return Reply.Json(200, Generator.Generate(tenant, await ReadObjectAsync(context)));
            case (["state"], "GET"):
                return StateWriter.Write(tenant, swagger);
            case (["users", var number, "check-password"], "POST"):
                var user = tenant.State.UserByNumber(Uri.UnescapeDataString(number)) ?? throw XapiException.NotFound($"No user has the number '{number}'.");
                var password = Json.String((await ReadObjectAsync(context))["password"])
                    ?? throw XapiException.BadRequest(ErrorCodes.Required, "password is required.", "password");
                return Reply.Json(200, new JsonObject { ["matches"] = Passwords.Matches(user.PasswordHash, password) });
            case (["calls"], "GET"):
                return Calls(tenant);
            case (["calls"], "DELETE"):
                tenant.Calls.Clear();
                return Reply.Empty(204);
            case (["faults"], "GET"):
                return Reply.Json(200, new JsonObject { ["faults"] = new JsonArray([.. tenant.Faults.Snapshot().Select(f => f.ToJson())]) });
            case (["faults"], "POST"):
                return Reply.Json(201, tenant.Faults.Add(await ReadObjectAsync(context)).ToJson());
            case (["faults"], "DELETE"):
                tenant.Faults.Clear();
                return Reply.Empty(204);
            case (["clock"], "POST"):
                var seconds = Json.Int((await ReadObjectAsync(context))["advanceSeconds"]) is { } s and > 0
                    ? s : throw XapiException.BadRequest(ErrorCodes.InvalidValue, "advanceSeconds must be a positive integer.", "advanceSeconds");
                tenant.AdvanceClock(TimeSpan.FromSeconds(seconds));
                return Reply.Json(200, new JsonObject { ["now"] = tenant.Now.ToString("O") });
            default:
                throw XapiException.NotFound($"No test API route {method} {prefix}/_standin{path}.");
        }
    }

    private static Reply Calls(PbxTenant tenant) => Reply.Json(200, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("calls");
        foreach (var call in tenant.Calls.Snapshot())
        {
            w.WriteStartObject();
            w.WriteNumber("seq", call.Seq);
            w.WriteString("method", call.Method);
            w.WriteString("path", call.Path);
            w.WriteStartObject("query");
            foreach (var (name, value) in call.Query)
            {
                w.WriteString(name, value);
            }
            w.WriteEndObject();
            w.WritePropertyName("body");
            if (call.Body is null)
            {
                w.WriteNullValue();
            }
            else
            {
                call.Body.WriteTo(w);
            }
            if (call.Status is { } status)
            {
                w.WriteNumber("status", status);
            }
            else
            {
                w.WriteNull("status");
            }
            w.WriteBoolean("tokenValid", call.TokenValid);
            w.WriteBoolean("responded", call.Responded);
            w.WriteString("fault", call.Fault);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }, "application/json; charset=utf-8");

    private static void Require(HttpContext context, string method)
    {
        if (!string.Equals(context.Request.Method, method, StringComparison.OrdinalIgnoreCase))
        {
            throw new XapiException(405, ErrorCodes.MethodNotAllowed, $"Use {method}.");
        }
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpContext context, bool optional = false)
    {
        var body = await StandInPipeline.ReadBodyAsync(context.Request, context.RequestAborted);
        if (body.Length == 0)
        {
            return optional ? [] : throw XapiException.BadRequest(ErrorCodes.Required, "A JSON object body is required.");
        }
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw XapiException.BadRequest(ErrorCodes.InvalidJson, "The body must be a JSON object.");
        }
        catch (JsonException error)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidJson, $"The body is not valid JSON: {error.Message}");
        }
    }
}
