using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.TestApi;
using PbxBot.Pbx.Xapi.StandIn.Xapi;

namespace PbxBot.Pbx.Xapi.StandIn.Hosting;

/// <summary>
/// Every request: which tenant (<c>/t/{id}/…</c>, or the default one at the root), then the test API
/// (<c>…/_standin/…</c>) or the 3CX surface (<c>/connect/token</c>, <c>/xapi/v1/…</c>). 3CX calls are recorded,
/// may meet an armed fault, and are answered only once fully built, so a "lost response" can be simulated.
/// </summary>
public sealed class StandInPipeline(TenantRegistry tenants, XapiService xapi, TestApiEndpoints testApi)
{
    private const string TestApiPrefix = "/_standin";
    private const string XapiPrefix = "/xapi/v1";

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        try
        {
            if (path.TrimEnd('/') == TestApiPrefix + "/pbxes")
            {
                await WriteAsync(context, await testApi.ServerAsync(context));
                return;
            }
            var (tenant, prefix, rest) = Resolve(path);
            if (rest == TestApiPrefix || rest.StartsWith(TestApiPrefix + "/", StringComparison.Ordinal))
            {
                await WriteAsync(context, await testApi.HandleAsync(context, tenant, prefix, rest[TestApiPrefix.Length..]));
                return;
            }
            await ThreeCxAsync(context, tenant, prefix, rest);
        }
        catch (XapiException error)
        {
            await WriteAsync(context, Reply.Error(error));
        }
    }

    private (PbxTenant Tenant, string Prefix, string Remainder) Resolve(string path)
    {
        if (!path.StartsWith("/t/", StringComparison.Ordinal))
        {
            return (tenants.Default, "", path);
        }
        var end = path.IndexOf('/', 3);
        var id = end < 0 ? path[3..] : path[3..end];
        var tenant = tenants.Find(id) ?? throw XapiException.NotFound($"There is no PBX '{id}' on this stand-in (create one with POST /_standin/pbxes).");
        return (tenant, $"/t/{id}", end < 0 ? "/" : path[end..]);
    }

    private async Task ThreeCxAsync(HttpContext context, PbxTenant tenant, string prefix, string path)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request, context.RequestAborted);
        var isJson = IsJson(request.ContentType);
        var (json, jsonError) = isJson && body.Length > 0 ? Parse(body) : (null, null);
        var call = tenant.Calls.Begin(
            request.Method.ToUpperInvariant(),
            path,
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            request.HasFormContentType ? TokenEndpoint.Recorded(body) : json?.DeepClone());
        var fault = tenant.Faults.Take(request.Method, path);
        tenant.Calls.Update(call, c => c.Fault = fault?.Kind);
        Reply reply;
        try
        {
            if (fault is { Kind: "status" })
            {
                reply = Reply.Error(new XapiException(fault.Status, ErrorCodes.InjectedFault, $"Injected fault: the stand-in answers {fault.Status} to this call."));
                if (fault.RetryAfterSeconds is { } seconds)
                {
                    reply.With("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
                }
            }
            else
            {
                if (fault is { Kind: "delay" })
                {
                    // Wall-clock on purpose: a delay is there to meet a client's (wall-clock) timeout.
                    await Task.Delay(fault.Milliseconds, context.RequestAborted);
                }
                if (fault is { Kind: "expire-tokens" })
                {
                    tenant.Tokens.ExpireAll();
                }
                reply = Process(context, tenant, prefix, path, body, json, jsonError, isJson, call);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client hung up during a delay: nothing was done, nothing answered
        }
        var lost = fault is { Kind: "drop-after-commit" };
        // Recorded before the answer leaves, so a test that has the answer also finds its record.
        tenant.Calls.Update(call, c =>
        {
            c.Status = reply.Status;
            c.Responded = !lost;
        });
        if (lost)
        {
            context.Abort();
            return;
        }
        await WriteAsync(context, reply);
    }

    private Reply Process(HttpContext context, PbxTenant tenant, string prefix, string path, byte[] body, JsonNode? json, string? jsonError, bool isJson, RecordedCall call)
    {
        try
        {
            if (path.TrimEnd('/') == "/connect/token")
            {
                return TokenEndpoint.Handle(tenant, context.Request, body);
            }
            if (path != XapiPrefix && !path.StartsWith(XapiPrefix + "/", StringComparison.Ordinal))
            {
                throw XapiException.NotFound($"'{path}' is neither /connect/token nor under {XapiPrefix}.");
            }
            var valid = Authenticate(context.Request, tenant, out var challenge);
            tenant.Calls.Update(call, c => c.TokenValid = valid);
            if (!valid)
            {
                return Reply.Error(new XapiException(401, ErrorCodes.Unauthorized, "A valid bearer token from /connect/token is required."))
                    .With("WWW-Authenticate", challenge);
            }
            if (body.Length > 0 && !isJson)
            {
                throw new XapiException(415, ErrorCodes.UnsupportedMediaType, $"The body must be application/json, not '{context.Request.ContentType}'.");
            }
            if (jsonError is not null)
            {
                throw XapiException.BadRequest(ErrorCodes.InvalidJson, $"The body is not valid JSON: {jsonError}");
            }
            var root = $"{context.Request.Scheme}://{context.Request.Host}{prefix}{XapiPrefix}";
            return xapi.Handle(tenant, context.Request, path[XapiPrefix.Length..], json, body.Length > 0, root).With("OData-Version", "4.0");
        }
        catch (XapiException error)
        {
            return Reply.Error(error).With("OData-Version", "4.0");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A stand-in bug: say so in an OData error rather than an empty 500.
            return Reply.Error(new XapiException(500, "INTERNAL", $"The stand-in failed: {error.GetType().Name}: {error.Message}"));
        }
    }

    /// <summary>RFC 6750: no token is a bare <c>Bearer</c> challenge; a bad or expired one adds <c>error="invalid_token"</c>.</summary>
    private static bool Authenticate(HttpRequest request, PbxTenant tenant, out string challenge)
    {
        challenge = "Bearer";
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
        {
            return false;
        }
        if (tenant.Tokens.IsValid(header.Parameter, tenant.Now))
        {
            return true;
        }
        challenge = "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or has expired\"";
        return false;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static (JsonNode? Node, string? Error) Parse(byte[] body)
    {
        try
        {
            return (JsonNode.Parse(body), null);
        }
        catch (JsonException error)
        {
            return (null, error.Message);
        }
    }

    internal static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    internal static async Task WriteAsync(HttpContext context, Reply reply)
    {
        var response = context.Response;
        response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers[name] = value;
        }
        if (reply.Body.Length > 0)
        {
            response.ContentType = reply.ContentType;
            response.ContentLength = reply.Body.Length;
            await response.Body.WriteAsync(reply.Body, context.RequestAborted);
        }
    }
}
