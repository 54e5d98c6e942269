using Microsoft.Azure.Cosmos;
using PbxBot.Stores.Cosmos;

namespace PbxBot.Stores.Tests.Support;

/// <summary>Drops the databases tests created, through a client of the tests' own (the store never deletes databases).</summary>
internal static class CosmosDatabases
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
