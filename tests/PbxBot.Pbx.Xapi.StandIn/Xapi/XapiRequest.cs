using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.Xapi;

/// <summary>One routed XAPI call: the tenant, the swagger operation, its keys, query options and checked body.</summary>
public sealed class XapiRequest
{
    public required PbxTenant Tenant { get; init; }

    public required SwaggerDocument Swagger { get; init; }

    public required SwaggerOperation Operation { get; init; }

    public required IReadOnlyDictionary<string, string> Keys { get; init; }

    public required QueryOptions Query { get; init; }

    public required JsonNode? Body { get; init; }

    /// <summary>The absolute service root, e.g. <c>http://127.0.0.1:5080/t/ab12/xapi/v1</c>.</summary>
    public required string ServiceRoot { get; init; }

    public required HttpRequest Http { get; init; }

    public JsonObject BodyObject => Body as JsonObject ?? [];

    public string Context(string fragment) => $"{ServiceRoot}/$metadata#{fragment}";

    public bool Prefers(string preference) =>
        Http.Headers["Prefer"].Any(v => v?.Split(',').Any(p => p.Trim().Equals(preference, StringComparison.OrdinalIgnoreCase)) == true);

    /// <summary>An integer key: <c>Users(5)</c>. Anything else is a 400 naming the key.</summary>
    public int IntKey(string name) =>
        int.TryParse(Keys[name], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw XapiException.BadRequest(ErrorCodes.InvalidKey, $"The key {name} must be an integer, not '{Keys[name]}'.", name);

    /// <summary>A string key is an OData string literal: <c>Number='105'</c>, quotes doubled inside (<c>'O''Brien'</c>).</summary>
    public string StringKey(string name)
    {
        var raw = Keys[name];
        if (raw.Length < 2 || raw[0] != '\'' || raw[^1] != '\'' || raw[1..^1].Replace("''", "", StringComparison.Ordinal).Contains('\'', StringComparison.Ordinal))
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidKey, $"The key {name} is a string: quote it as an OData literal, e.g. {name}='{raw.Trim('\'')}'.", name);
        }
        return raw[1..^1].Replace("''", "'", StringComparison.Ordinal);
    }
}
