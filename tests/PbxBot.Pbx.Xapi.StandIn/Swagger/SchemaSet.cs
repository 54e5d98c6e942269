using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.Swagger;

/// <summary>The swagger's <c>components.schemas</c>, resolved on demand; one <see cref="Schema"/> per node.</summary>
public sealed class SchemaSet
{
    private readonly JsonObject components;
    private readonly ConcurrentDictionary<string, Schema> named = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<JsonObject, Schema> anonymous = new();

    internal SchemaSet(JsonObject components) => this.components = components;

    /// <summary>A component schema by name (<c>Pbx.User</c>).</summary>
    public Schema this[string name] => named.GetOrAdd(name, n =>
        components["schemas"]?[n] is JsonObject node
            ? new Schema(this, node, n)
            : throw new KeyNotFoundException($"The swagger has no schema {n}."));

    public bool Contains(string name) => components["schemas"]?[name] is JsonObject;

    internal Schema ByReference(string reference)
    {
        const string prefix = "#/components/schemas/";
        return reference.StartsWith(prefix, StringComparison.Ordinal)
            ? this[reference[prefix.Length..]]
            : throw new NotSupportedException($"Unsupported $ref {reference}.");
    }

    /// <summary>A schema node met inside another one; a bare <c>$ref</c> is the component itself.</summary>
    internal Schema FromNode(JsonObject node)
    {
        if (node.Count == 1 && node["$ref"] is JsonValue reference)
        {
            return ByReference(reference.GetValue<string>());
        }
        return anonymous.GetValue(node, n => new Schema(this, n, null));
    }
}
