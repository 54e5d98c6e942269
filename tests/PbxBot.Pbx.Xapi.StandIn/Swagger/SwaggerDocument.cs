using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.Swagger;

/// <summary>3CX's XAPI swagger, loaded once: its schemas and its operations (path template, method, parameters,
/// request body and responses), which the stand-in routes and validates by.</summary>
public sealed class SwaggerDocument
{
    private static readonly Lock CacheGate = new();
    private static readonly Dictionary<string, SwaggerDocument> Cache = new(StringComparer.Ordinal);

    private SwaggerDocument(string path, JsonObject root)
    {
        SourcePath = path;
        var components = root["components"] as JsonObject ?? throw new InvalidDataException("The swagger has no components.");
        Schemas = new SchemaSet(components);
        Operations = ReadOperations(root, components);
    }

    public string SourcePath { get; }

    public SchemaSet Schemas { get; }

    public IReadOnlyList<SwaggerOperation> Operations { get; }

    /// <summary>Loads (once per process and path) and parses the YAML file.</summary>
    public static SwaggerDocument Load(string path)
    {
        var full = Path.GetFullPath(path);
        lock (CacheGate)
        {
            if (!Cache.TryGetValue(full, out var document))
            {
                using var reader = File.OpenText(full);
                var root = YamlJson.Read(reader) as JsonObject ?? throw new InvalidDataException($"{full} is not an OpenAPI document.");
                document = new SwaggerDocument(full, root);
                Cache[full] = document;
            }
            return document;
        }
    }

    /// <summary>Finds <c>shared/3cx/xapi-swagger.yaml</c> above the given folders (the repository's <c>../shared</c>).</summary>
    public static string? Find(params string?[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "3cx", "xapi-swagger.yaml");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private List<SwaggerOperation> ReadOperations(JsonObject root, JsonObject components)
    {
        var list = new List<SwaggerOperation>();
        foreach (var (template, pathNode) in root["paths"] as JsonObject ?? [])
        {
            if (pathNode is not JsonObject pathItem)
            {
                continue;
            }
            foreach (var (method, operationNode) in pathItem)
            {
                if (method is "description" or "summary" or "parameters" || operationNode is not JsonObject operation)
                {
                    continue;
                }
                var parameters = (operation["parameters"] as JsonArray ?? [])
                    .OfType<JsonObject>()
                    .Select(p => Resolve(p, components))
                    .Select(p => new SwaggerParameter(
                        p["name"]!.GetValue<string>(),
                        p["in"]!.GetValue<string>(),
                        p["schema"] is JsonObject s ? Schemas.FromNode(s) : null))
                    .ToArray();
                var body = operation["requestBody"] is JsonObject requestBody
                    ? JsonSchemaOf(Resolve(requestBody, components))
                    : null;
                var responses = new Dictionary<string, Schema?>(StringComparer.Ordinal);
                foreach (var (status, responseNode) in operation["responses"] as JsonObject ?? [])
                {
                    if (responseNode is JsonObject response)
                    {
                        responses[status] = JsonSchemaOf(Resolve(response, components));
                    }
                }
                list.Add(new SwaggerOperation(
                    template,
                    method.ToUpperInvariant(),
                    operation["operationId"]?.GetValue<string>() ?? $"{method} {template}",
                    parameters,
                    body,
                    responses));
            }
        }
        return list;
    }

    private Schema? JsonSchemaOf(JsonObject holder) =>
        holder["content"]?["application/json"]?["schema"] is JsonObject schema ? Schemas.FromNode(schema) : null;

    /// <summary>Follows a <c>$ref</c> to <c>components.parameters|requestBodies|responses</c>.</summary>
    private static JsonObject Resolve(JsonObject node, JsonObject components)
    {
        while (node["$ref"] is JsonValue reference)
        {
            var parts = reference.GetValue<string>().Split('/');
            if (parts is not ["#", "components", var kind, var name] || components[kind]?[name] is not JsonObject target)
            {
                throw new InvalidDataException($"Unresolvable $ref {reference}.");
            }
            node = target;
        }
        return node;
    }
}

/// <summary>One operation of the swagger, e.g. <c>PATCH /Users({Id})</c> = <c>UpdateUser</c>.</summary>
public sealed record SwaggerOperation(
    string Template,
    string Method,
    string OperationId,
    IReadOnlyList<SwaggerParameter> Parameters,
    Schema? RequestBody,
    IReadOnlyDictionary<string, Schema?> Responses)
{
    /// <summary>The OData system query options the operation declares (<c>$top</c>, <c>$filter</c>…).</summary>
    public IReadOnlySet<string> QueryOptions { get; } = Parameters
        .Where(p => p.In == "query" && p.Name.StartsWith('$'))
        .Select(p => p.Name)
        .ToHashSet(StringComparer.Ordinal);
}

public sealed record SwaggerParameter(string Name, string In, Schema? Schema);
