using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.Xapi;

/// <summary>
/// <c>/xapi/v1</c>: routes a call by the swagger's paths and methods, checks its query options and body against
/// the operation, and runs the operation's handler. A path the swagger does not have is a 404, a method it does
/// not list for the path a 405, and an operation the stand-in does not implement a 501 — each an OData error.
/// </summary>
public sealed class XapiService
{
    private readonly SwaggerDocument swagger;
    private readonly RouteTable routes;
    private readonly Dictionary<string, Func<XapiRequest, Reply>> handlers = new(StringComparer.Ordinal);

    public XapiService(SwaggerDocument swagger)
    {
        this.swagger = swagger;
        routes = new RouteTable(swagger);
        UserOperations.Register(handlers);
        GroupOperations.Register(handlers);
        SystemOperations.Register(handlers);
    }

    public SwaggerDocument Swagger => swagger;

    /// <summary>The operationIds the stand-in implements.</summary>
    public IReadOnlyCollection<string> Implemented => handlers.Keys;

    public Reply Handle(PbxTenant tenant, HttpRequest http, string path, JsonNode? body, bool hasBody, string serviceRoot)
    {
        var found = routes.Find(path) ?? throw XapiException.NotFound($"No resource of the XAPI matches '{path}'.");
        var (route, keys) = found;
        if (!route.Methods.TryGetValue(http.Method.ToUpperInvariant(), out var operation))
        {
            throw new XapiException(405, ErrorCodes.MethodNotAllowed, $"{http.Method} is not an operation of {route.Template} (allowed: {string.Join(", ", route.Methods.Keys)}).");
        }
        if (!handlers.TryGetValue(operation.OperationId, out var handler))
        {
            throw new XapiException(501, ErrorCodes.NotImplemented, $"{operation.OperationId} ({operation.Method} {operation.Template}) is in 3CX's swagger but not implemented by the stand-in.");
        }
        var query = QueryOptions.Parse(
            http.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())),
            ResultEntity(operation),
            operation.QueryOptions,
            operation.OperationId);
        if (operation.RequestBody is { } bodySchema)
        {
            if (!hasBody)
            {
                throw XapiException.BadRequest(ErrorCodes.Required, $"{operation.OperationId} needs a JSON body ({bodySchema}).");
            }
            BodyValidator.Validate(bodySchema, body);
        }
        return handler(new XapiRequest
        {
            Tenant = tenant,
            Swagger = swagger,
            Operation = operation,
            Keys = keys,
            Query = query,
            Body = body,
            ServiceRoot = serviceRoot,
            Http = http,
        });
    }

    /// <summary>The entity type an operation answers with (a collection's item type), which its query options apply to.</summary>
    private static Schema? ResultEntity(SwaggerOperation operation)
    {
        var result = operation.Responses.GetValueOrDefault("200") ?? operation.Responses.GetValueOrDefault("201");
        if (result?.Property("value") is { IsCollection: true } value)
        {
            return value.ElementSchema;
        }
        return result is { IsObject: true } ? result : null;
    }
}
