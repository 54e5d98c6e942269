using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>The tenants of one stand-in process: the default one at the root, the others under <c>/t/{id}</c>.</summary>
public sealed class TenantRegistry(TimeProvider time)
{
    public const string DefaultId = "default";

    private readonly ConcurrentDictionary<string, PbxTenant> tenants = new(StringComparer.Ordinal);

    public TimeProvider Time => time;

    public PbxTenant Default => tenants.GetOrAdd(DefaultId, id => new PbxTenant(id, PbxSettings.From(null, id), time));

    public PbxTenant Create(JsonObject? options)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var tenant = new PbxTenant(id, PbxSettings.From(options, id), time);
        tenants[id] = tenant;
        return tenant;
    }

    /// <summary>Replaces the default tenant (the demo gives it fixed credentials).</summary>
    public PbxTenant ResetDefault(JsonObject? options)
    {
        var tenant = new PbxTenant(DefaultId, PbxSettings.From(options, DefaultId), time);
        tenants[DefaultId] = tenant;
        return tenant;
    }

    public PbxTenant? Find(string id) => tenants.GetValueOrDefault(id);

    public bool Remove(string id) => id != DefaultId && tenants.TryRemove(id, out _);

    public IReadOnlyList<PbxTenant> All => [.. tenants.Values];
}
