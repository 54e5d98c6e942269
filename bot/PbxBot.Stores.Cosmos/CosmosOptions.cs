namespace PbxBot.Stores.Cosmos;

/// <summary>Configuration section <c>Cosmos</c>. Setting <see cref="Endpoint"/> or <see cref="ConnectionString"/> selects this store.</summary>
public sealed class CosmosOptions
{
    public const string Section = "Cosmos";

    /// <summary>e.g. https://pbxbot-db.documents.azure.com:443/ (with <see cref="Key"/>).</summary>
    public string? Endpoint { get; set; }

    public string? Key { get; set; }

    /// <summary>Alternative to Endpoint + Key: <c>AccountEndpoint=…;AccountKey=…;</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The <c>AccountEndpoint</c> of a connection string (to name the account without its key), or null.</summary>
    public static string? EndpointOf(string? connectionString) =>
        connectionString?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .FirstOrDefault(kv => kv.Length == 2 && kv[0].Equals("AccountEndpoint", StringComparison.OrdinalIgnoreCase))?[1];

    public string Database { get; set; } = "pbxbot";

    /// <summary><c>Gateway</c> (HTTPS only; the default, and what emulators support) or <c>Direct</c>.</summary>
    public string ConnectionMode { get; set; } = "Gateway";

    /// <summary>Only for a local emulator with a self-signed certificate; never in production.</summary>
    public bool AcceptAnyServerCertificate { get; set; }

    /// <summary>Per-request timeout before the store is reported unavailable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
