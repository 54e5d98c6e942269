using System.Globalization;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using PbxBot.Application.Mail;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Domain.Rules;
using PbxBot.Stores.Cosmos;
using PbxBot.Stores.Sqlite;

namespace PbxBot.Benchmarks.Stores;

/// <summary>
/// A fresh store of one kind holding one PBX of a given size: a SQLite file in a temp folder, or a Cosmos database of
/// its own on COSMOS_ENDPOINT (COSMOS_KEY, COSMOS_ACCEPT_ANY_CERT), dropped afterwards.
/// </summary>
public sealed class BenchmarkStore : IAsyncDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Cosmos = "Cosmos";
    public const string PbxId = "pbx-bench";
    public const string Department = "general";

    private readonly Func<ValueTask> dispose;

    private BenchmarkStore(IPbxStore store, IReadOnlyDictionary<string, string> hostSettings, Func<ValueTask> dispose)
    {
        Store = store;
        HostSettings = hostSettings;
        Repository = new PbxRepository(store, new RulesService());
        this.dispose = dispose;
    }

    public IPbxStore Store { get; }

    public PbxRepository Repository { get; }

    /// <summary>The configuration that makes a PbxBot host use this very store (the turn benchmark's host).</summary>
    public IReadOnlyDictionary<string, string> HostSettings { get; }

    /// <summary>SQLite always; Cosmos when COSMOS_ENDPOINT is set.</summary>
    public static IEnumerable<string> Available() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("COSMOS_ENDPOINT")) ? [Sqlite] : [Sqlite, Cosmos];

    public static PbxSettings Settings => new()
    {
        Id = PbxId,
        DisplayName = "Bench",
        Country = "FR",
        DialPlan = DialPlan.Single(10_000, 99_999),
        WebClientUrl = new Uri("https://bench.3cx.fr"),
    };

    public static async Task<BenchmarkStore> OpenAsync(string kind, CancellationToken ct) => kind switch
    {
        Sqlite => OpenSqlite(),
        Cosmos => await OpenCosmosAsync(ct),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Sqlite or Cosmos"),
    };

    /// <summary>
    /// The PBX's settings, default department, number plan and <paramref name="numbers"/> as extensions — written
    /// in commits of 100 documents (a TransactionalBatch holds at most 100 operations).
    /// </summary>
    public async Task SeedAsync(IReadOnlyList<int> numbers, CancellationToken ct)
    {
        await Repository.SaveSettingsAsync(Settings, null, ct);
        var audit = new AuditEntry { Id = "seed", PbxId = PbxId, At = DateTimeOffset.UnixEpoch, ActorId = "seed", ActorName = "seed", Action = "seed", Target = "pbx" };
        await Repository.CreateDepartmentAsync(new Department { Key = Department, Name = "Général", IsDefault = true }, audit, ct);
        var numbering = new PbxDocument(DocumentKinds.NumberingId, DocumentKinds.Numbering, UsedNumbers.From(numbers));
        await Store.CommitAsync(PbxId, [new Change.Create(numbering)], ct);
        foreach (var chunk in numbers.Chunk(100))
        {
            await Store.CommitAsync(PbxId, chunk.Select(n => (Change)new Change.Create(ExtensionDocument.Of(Extension(n)))).ToArray(), ct);
        }
    }

    public static Extension Extension(int number) => new()
    {
        Number = number.ToString(CultureInfo.InvariantCulture),
        FirstName = "Justine",
        LastName = $"Martin {number}",
        EmailAddress = $"justine.martin.{number}@acme.fr",
        Department = Department,
        CreatedAt = DateTimeOffset.UnixEpoch,
        CreatedBy = "bench",
    };

    public ValueTask DisposeAsync() => dispose();

    private static BenchmarkStore OpenSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pbxbot-bench", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "pbxbot.db");
        var database = new SqliteDatabase(Options.Create(new SqliteOptions { Path = path }));
        return new BenchmarkStore(new SqlitePbxStore(database, TimeProvider.System), new Dictionary<string, string> { ["Sqlite:Path"] = path }, () =>
        {
            database.Dispose();
            Directory.Delete(folder, recursive: true);
            return ValueTask.CompletedTask;
        });
    }

    private static async Task<BenchmarkStore> OpenCosmosAsync(CancellationToken ct)
    {
        var acceptAnyCertificate = string.Equals(Environment.GetEnvironmentVariable("COSMOS_ACCEPT_ANY_CERT"), "true", StringComparison.OrdinalIgnoreCase);
        for (var attempt = 0; ; attempt++)
        {
            var options = new CosmosOptions
            {
                Endpoint = Environment.GetEnvironmentVariable("COSMOS_ENDPOINT"),
                Key = Environment.GetEnvironmentVariable("COSMOS_KEY"),
                AcceptAnyServerCertificate = acceptAnyCertificate,
                Database = $"bench-{Guid.NewGuid():N}",
            };
            var containers = new CosmosContainers(Options.Create(options));
            await containers.EnsureCreatedAsync(ct);
            var admin = AdminClient(options);
            var database = admin.GetDatabase(options.Database);
            var usable = await HasUsableResourceIdsAsync(database, ct);
            if (usable || attempt == 5)
            {
                var hostSettings = new Dictionary<string, string>
                {
                    ["Cosmos:Endpoint"] = options.Endpoint!,
                    ["Cosmos:Key"] = options.Key ?? "",
                    ["Cosmos:Database"] = options.Database,
                    ["Cosmos:AcceptAnyServerCertificate"] = acceptAnyCertificate ? "true" : "false",
                };
                return new BenchmarkStore(new CosmosPbxStore(containers, TimeProvider.System), hostSettings, async () =>
                {
                    containers.Dispose();
                    await database.DeleteAsync(cancellationToken: CancellationToken.None);
                    admin.Dispose();
                });
            }
            containers.Dispose();
            await database.DeleteAsync(cancellationToken: ct);
            admin.Dispose();
        }
    }

    /// <summary>
    /// The Cosmos stand-in gives some databases a resource id with '/' (plain base64), which breaks its partition key
    /// ranges requests: such a database is replaced by another. Never the case on the emulator or Azure.
    /// </summary>
    private static async Task<bool> HasUsableResourceIdsAsync(Database database, CancellationToken ct)
    {
        var links = new List<string> { (await database.ReadAsync(cancellationToken: ct)).Resource.SelfLink };
        foreach (var container in new[] { CosmosContainers.PbxContainer, CosmosContainers.ConversationsContainer })
        {
            links.Add((await database.GetContainer(container).ReadContainerAsync(cancellationToken: ct)).Resource.SelfLink);
        }
        return links.All(link => !link.Contains('+', StringComparison.Ordinal) && link.Trim('/').Split('/').Length % 2 == 0);
    }

    /// <summary>A client of the benchmark's own, to check and drop its database (the store never deletes one).</summary>
    private static CosmosClient AdminClient(CosmosOptions options)
    {
        var clientOptions = new CosmosClientOptions { ConnectionMode = ConnectionMode.Gateway, LimitToEndpoint = true };
        if (options.AcceptAnyServerCertificate)
        {
            clientOptions.HttpClientFactory = () => new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator });
        }
        return new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }
}
