using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PbxBot.Pbx.Xapi.StandIn.Swagger;
using YamlDotNet.RepresentationModel;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Support;

/// <summary>
/// The swagger's response schemas as JSON Schema (2020-12, JsonSchema.Net), converted here from the YAML
/// independently of the stand-in's own schema code: <c>nullable</c> becomes a null type (or an <c>anyOf</c> with null
/// around a <c>$ref</c>/<c>allOf</c>), <c>#/components/schemas/X</c> becomes <c>#/$defs/X</c>, vendor keywords go.
/// A body is checked against the response of its operation and status, strictly at the top level: a property the
/// schema does not name (other than <c>@odata.context</c>) fails.
/// </summary>
public static class SwaggerSchemas
{
    private const string BaseUri = "https://standin.test/xapi-swagger";
    private static readonly Lazy<(JsonObject Document, BuildOptions Options)> Loaded = new(Load);

    public static JsonObject Document => Loaded.Value.Document;

    /// <summary>Asserts <paramref name="body"/> is what the swagger says <paramref name="operationId"/> answers with <paramref name="status"/>.</summary>
    public static void AssertMatches(string operationId, int status, JsonNode? body)
    {
        var (schemaKey, elementKey) = ResponseSchema(operationId, status);
        var strict = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$ref"] = $"{BaseUri}#/$defs/{schemaKey}",
            ["properties"] = new JsonObject { ["@odata.context"] = new JsonObject { ["type"] = "string" } },
            ["unevaluatedProperties"] = false,
        };
        if (elementKey is not null)
        {
            strict["properties"]!["value"] = new JsonObject
            {
                ["items"] = new JsonObject { ["$ref"] = $"{BaseUri}#/$defs/{elementKey}", ["unevaluatedProperties"] = false },
            };
        }
        var schema = JsonSchema.FromText(strict.ToJsonString(), Loaded.Value.Options);
        using var instance = JsonDocument.Parse(body?.ToJsonString() ?? "null");
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
                .Take(15);
            Assert.Fail($"{operationId} {status}: the body does not match the swagger:\n{string.Join("\n", errors)}\n{Trim(body?.ToJsonString())}");
        }
    }

    private static string Trim(string? text) => text is null ? "null" : text.Length > 2000 ? text[..2000] + "…" : text;

    /// <summary>The $defs key of the operation's response schema, and of its items when it is a collection.</summary>
    private static (string Schema, string? Element) ResponseSchema(string operationId, int status)
    {
        var document = Document;
        var defs = document["$defs"]!.AsObject();
        var key = $"op_{operationId}_{status}";
        if (!defs.ContainsKey(key))
        {
            throw new InvalidOperationException($"The swagger has no response {status} (nor default) for {operationId}.");
        }
        var schema = defs[key]!;
        // A collection response: BaseCollectionPaginationCountResponse + { value: [item] }.
        var element = Find(schema, defs);
        return (key, element);
    }

    private static string? Find(JsonNode schema, JsonObject defs)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Find(defs[reference.Split('/')[^1]]!, defs);
        }
        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            if (part?["properties"]?["value"]?["items"]?["$ref"]?.GetValue<string>() is { } item)
            {
                return item.Split('/')[^1];
            }
        }
        return null;
    }

    private static (JsonObject, BuildOptions) Load()
    {
        var path = SwaggerDocument.Find(AppContext.BaseDirectory) ?? throw new FileNotFoundException("shared/3cx/xapi-swagger.yaml not found above the test folder.");
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }
        var openApi = (JsonObject)ToJson(yaml.Documents[0].RootNode)!;
        var defs = new JsonObject();
        foreach (var (name, schema) in openApi["components"]!["schemas"]!.AsObject())
        {
            defs[name] = Convert(schema!);
        }
        // Each operation's responses, by status, resolved through components.responses.
        foreach (var (_, pathItem) in openApi["paths"]!.AsObject())
        {
            foreach (var (method, operation) in pathItem!.AsObject())
            {
                if (operation is not JsonObject op || op["operationId"] is null || op["responses"] is not JsonObject responses)
                {
                    continue;
                }
                var id = op["operationId"]!.GetValue<string>();
                foreach (var (status, response) in responses)
                {
                    var resolved = response!;
                    while (resolved["$ref"]?.GetValue<string>() is { } reference)
                    {
                        resolved = openApi["components"]!["responses"]![reference.Split('/')[^1]]!;
                    }
                    if (resolved["content"]?["application/json"]?["schema"] is { } schema)
                    {
                        defs[$"op_{id}_{status}"] = Convert(schema);
                    }
                }
                // Statuses the operation does not list are answered by its "default" (the OData error).
                if (defs[$"op_{id}_default"] is { } fallback)
                {
                    foreach (var status in new[] { 400, 401, 403, 404, 405, 415, 501, 503 })
                    {
                        defs.TryAdd($"op_{id}_{status}", fallback.DeepClone());
                    }
                }
            }
        }
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = BaseUri,
            ["$defs"] = defs,
        };
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(document.ToJsonString(), options);
        return (document, options);
    }

    /// <summary>OpenAPI 3.0 schema → JSON Schema 2020-12.</summary>
    private static JsonNode Convert(JsonNode node)
    {
        if (node is JsonArray array)
        {
            return new JsonArray([.. array.Select(i => i is null ? null : Convert(i))]);
        }
        if (node is not JsonObject source)
        {
            return node.DeepClone();
        }
        var target = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (key.StartsWith("x-", StringComparison.Ordinal) || key is "nullable" or "example" or "discriminator" or "xml" or "externalDocs")
            {
                continue;
            }
            target[key] = key switch
            {
                "$ref" => "#/$defs/" + value!.GetValue<string>().Split('/')[^1],
                "properties" => new JsonObject([.. value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Convert(p.Value!)))]),
                "items" or "additionalProperties" when value is JsonObject => Convert(value),
                "allOf" or "anyOf" or "oneOf" => Convert(value!),
                _ => value?.DeepClone(),
            };
        }
        if (source["nullable"]?.GetValue<bool>() != true)
        {
            return target;
        }
        if (target["type"] is JsonValue type)
        {
            target["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (target["enum"] is JsonArray values)
            {
                values.Add(null);
            }
            return target;
        }
        return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, target) };
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject([.. map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))]),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar when scalar.Style != YamlDotNet.Core.ScalarStyle.Plain => JsonValue.Create(scalar.Value),
        YamlScalarNode { Value: "true" } => JsonValue.Create(true),
        YamlScalarNode { Value: "false" } => JsonValue.Create(false),
        YamlScalarNode { Value: null or "" or "null" or "~" } => null,
        YamlScalarNode scalar when long.TryParse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
        YamlScalarNode scalar when double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var real)
            && (char.IsDigit(scalar.Value![0]) || scalar.Value[0] == '-') => JsonValue.Create(real),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidDataException($"Unexpected YAML node {node.NodeType}"),
    };
}
