using Microsoft.Azure.Cosmos;
using PbxBot.Stores.Cosmos;

namespace PbxBot.Testing.Stores;

/// <summary>Drops the databases tests created, through a client of the tests' own (the store never deletes databases).</summary>
public static class CosmosTestDatabases
{
    private static readonly Lazy<CosmosClient?> Client = new(Create);

    public static async Task DropAsync(CosmosOptions options)
    {
        if (Client.Value is not { } client)
        {
            return;
        }
        try
        {
            await client.GetDatabase(options.Database).DeleteAsync();
        }
        catch (CosmosException)
        {
            // Never created (the test failed early) or already gone.
        }
    }

    /// <summary>
    /// Whether the database and its containers have resource ids the SDK can use in a URL. The stand-in makes them
    /// with plain base64, so about one database in 32 gets a '/' or '+' in its id, and every partition-scoped query
    /// on it then fails (the partition key ranges request 404s). The official emulator and Azure never do this.
    /// </summary>
    public static async Task<bool> HasUsableResourceIdsAsync(CosmosOptions options)
    {
        if (Client.Value is not { } client)
        {
            return true;
        }
        var database = client.GetDatabase(options.Database);
        var links = new List<string> { (await database.ReadAsync()).Resource.SelfLink };
        foreach (var container in new[] { CosmosContainers.PbxContainer, CosmosContainers.ConversationsContainer })
        {
            links.Add((await database.GetContainer(container).ReadContainerAsync()).Resource.SelfLink);
        }
        return links.All(link => !link.Contains('+', StringComparison.Ordinal) && link.Trim('/').Split('/').Length % 2 == 0);
    }

    /// <summary>
    /// Creates a database of its own for a test (named <paramref name="prefix"/> + a GUID) with PbxBot's containers,
    /// taking another one when the stand-in gave it unusable resource ids (see <see cref="HasUsableResourceIdsAsync"/>).
    /// </summary>
    public static async Task<CosmosOptions> CreateUsableAsync(CosmosOptions template, string prefix, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var options = new CosmosOptions
            {
                Endpoint = template.Endpoint,
                Key = template.Key,
                ConnectionString = template.ConnectionString,
                ConnectionMode = template.ConnectionMode,
                AcceptAnyServerCertificate = template.AcceptAnyServerCertificate,
                RequestTimeout = template.RequestTimeout,
                Database = $"{prefix}{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 32, 40)],
            };
            using (var containers = new CosmosContainers(Microsoft.Extensions.Options.Options.Create(options)))
            {
                await containers.EnsureCreatedAsync(ct);
            }
            if (attempt == 5 || await HasUsableResourceIdsAsync(options))
            {
                return options;
            }
            await DropAsync(options);
        }
    }

    private static CosmosClient? Create()
    {
        var endpoint = Environment.GetEnvironmentVariable("COSMOS_ENDPOINT");
        var key = Environment.GetEnvironmentVariable("COSMOS_KEY");
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        var options = new CosmosClientOptions { ConnectionMode = ConnectionMode.Gateway, LimitToEndpoint = true };
        if (string.Equals(Environment.GetEnvironmentVariable("COSMOS_ACCEPT_ANY_CERT"), "true", StringComparison.OrdinalIgnoreCase))
        {
            options.HttpClientFactory = () => new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator });
        }
        return new CosmosClient(endpoint, key, options);
    }
}
