using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Cosmos;

/// <summary>
/// The Cosmos client and its two containers — <c>pbx</c> (by <c>/pbxId</c>) and <c>conversations</c> (by <c>/id</c>) —
/// created if missing, with System.Text.Json serialisation, every request counted, and Cosmos's failures turned
/// into the store's three outcomes.
/// </summary>
public sealed class CosmosContainers : IDisposable
{
    public const string PbxContainer = "pbx";
    public const string ConversationsContainer = "conversations";

    private readonly CosmosClient client;
    private readonly CosmosOptions options;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool ready;

    public CosmosContainers(IOptions<CosmosOptions> options)
    {
        this.options = options.Value;
        var clientOptions = new CosmosClientOptions
        {
            ConnectionMode = string.Equals(this.options.ConnectionMode, "Direct", StringComparison.OrdinalIgnoreCase) ? ConnectionMode.Direct : ConnectionMode.Gateway,
            UseSystemTextJsonSerializerWithOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web),
            RequestTimeout = this.options.RequestTimeout,
            MaxRetryAttemptsOnRateLimitedRequests = 5,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(10),
            CustomHandlers = { new RoundTripCounter() },
        };
        if (this.options.AcceptAnyServerCertificate)
        {
            // Local emulators use a self-signed certificate; only ever allowed when explicitly configured.
            clientOptions.LimitToEndpoint = true;
            clientOptions.HttpClientFactory = () => new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator });
        }
        client = string.IsNullOrWhiteSpace(this.options.ConnectionString)
            ? new CosmosClient(this.options.Endpoint, this.options.Key, clientOptions)
            : new CosmosClient(this.options.ConnectionString, clientOptions);
    }

    public async Task<Container> PbxAsync(CancellationToken ct)
    {
        await EnsureCreatedAsync(ct);
        return client.GetContainer(options.Database, PbxContainer);
    }

    public async Task<Container> ConversationsAsync(CancellationToken ct)
    {
        await EnsureCreatedAsync(ct);
        return client.GetContainer(options.Database, ConversationsContainer);
    }

    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        if (ready)
        {
            return;
        }
        await initGate.WaitAsync(ct);
        try
        {
            if (ready)
            {
                return;
            }
            await Guard(async () =>
            {
                Database database = await client.CreateDatabaseIfNotExistsAsync(options.Database, cancellationToken: ct);
                await database.CreateContainerIfNotExistsAsync(new ContainerProperties(PbxContainer, "/pbxId"), cancellationToken: ct);
                await database.CreateContainerIfNotExistsAsync(new ContainerProperties(ConversationsContainer, "/id"), cancellationToken: ct);
                return true;
            }, options.Database);
            ready = true;
        }
        finally
        {
            initGate.Release();
        }
    }

    /// <summary>Runs a Cosmos call, mapping 409/412/404 and outages onto the store's exceptions.</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> call, string documentId)
    {
        try
        {
            return await call();
        }
        catch (CosmosException e)
        {
            throw Translate(e.StatusCode, documentId, e);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new StoreUnavailableException($"Cosmos DB cannot be reached: {e.Message}", e);
        }
    }

    public static Exception Translate(HttpStatusCode status, string documentId, Exception? inner) => status switch
    {
        HttpStatusCode.Conflict => new StoreConflictException(documentId, inner),
        HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound => new StoreConcurrencyException(documentId, inner),
        _ => new StoreUnavailableException($"Cosmos DB answered {(int)status} for '{documentId}'.", inner),
    };

    public void Dispose()
    {
        client.Dispose();
        initGate.Dispose();
    }

    /// <summary>Counts every request the SDK sends (retries included): the benchmark's round trips.</summary>
    private sealed class RoundTripCounter : RequestHandler
    {
        public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
        {
            StoreMetrics.RoundTrip("cosmos", request.Method.Method);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
