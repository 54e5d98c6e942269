using Microsoft.Extensions.Options;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Stores.Cosmos;
using PbxBot.Testing;
using PbxBot.Testing.Stores;

namespace PbxBot.Stores.Tests.Support;

/// <summary>
/// The Cosmos store on the local endpoint (COSMOS_ENDPOINT, COSMOS_KEY, COSMOS_ACCEPT_ANY_CERT) in a database of
/// its own, created by the store itself and dropped afterwards. Without COSMOS_ENDPOINT the test is skipped (a
/// failure in CI).
/// </summary>
public sealed class CosmosStoreUnderTest : StoreUnderTest
{
    private readonly CosmosContainers containers;
    private readonly CosmosPbxStore store;
    private readonly CosmosOptions options;

    private CosmosStoreUnderTest(CosmosOptions options)
    {
        this.options = options;
        containers = new CosmosContainers(Options.Create(options));
        store = new CosmosPbxStore(containers, TimeProvider.System);
        Conversations = new CosmosConversationStore(containers, TimeProvider.System);
    }

    public override StoreKind Kind => StoreKind.Cosmos;

    public override IPbxStore Pbx => store;

    public override IOutboxStore Outbox => store;

    public override IConversationStore Conversations { get; }

    /// <summary>The settings of the local endpoint, with a database name no other test uses.</summary>
    public static CosmosOptions LocalOptions() => new()
    {
        Endpoint = Requires.Env("COSMOS_ENDPOINT", Requires.TestServersHint),
        Key = Requires.Env("COSMOS_KEY", Requires.TestServersHint),
        AcceptAnyServerCertificate = string.Equals(Environment.GetEnvironmentVariable("COSMOS_ACCEPT_ANY_CERT"), "true", StringComparison.OrdinalIgnoreCase),
        Database = $"contract-{Guid.NewGuid():N}",
    };

    public static async Task<CosmosStoreUnderTest> OpenAsync(CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var under = new CosmosStoreUnderTest(LocalOptions());
            await under.containers.EnsureCreatedAsync(ct);
            if (attempt == 5 || await CosmosTestDatabases.HasUsableResourceIdsAsync(under.options))
            {
                return under;
            }
            // A stand-in quirk (see HasUsableResourceIdsAsync): take another database.
            await under.DisposeAsync();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        containers.Dispose();
        await CosmosTestDatabases.DropAsync(options);
    }
}
