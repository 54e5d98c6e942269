using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Benchmarks.Stores;

/// <summary>
/// The three store operations a wizard's answer depends on, on a PBX of 10 and of 10,000 extensions, with SQLite and
/// (when COSMOS_ENDPOINT is set) Cosmos DB: create one extension (the atomic commit with its number plan, membership
/// and audit entry), find the first free number (the rules' snapshot: settings, number plan, departments, DIDs), load
/// one extension (a point read). The "Round trips" column must read the same for both sizes.
/// </summary>
[Config(typeof(ShortInProcess))]
public class StoreBenchmarks
{
    private readonly RulesService rules = new();
    private readonly List<int> created = [];
    private BenchmarkStore store = null!;
    private string middleNumber = "";
    private int nextNumber;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = BenchmarkStore.Sqlite;

    [Params(10, 10_000)]
    public int Extensions { get; set; }

    public static IEnumerable<string> Stores => BenchmarkStore.Available();

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<Extension> CreateOneExtension() =>
        RoundTrips.MeasureAsync(Case(nameof(CreateOneExtension)), () =>
        {
            var number = nextNumber++;
            created.Add(number);
            return store.Repository.CreateExtensionAsync(BenchmarkStore.Extension(number), Audit($"extension:{number}"), [], null, CancellationToken.None);
        });

    [Benchmark]
    public Task<string?> FindFirstFreeNumber() =>
        RoundTrips.MeasureAsync(Case(nameof(FindFirstFreeNumber)), async () =>
            rules.FirstFreeNumber(await store.Repository.LoadSnapshotAsync(BenchmarkStore.PbxId, CancellationToken.None)));

    [Benchmark]
    public Task<Application.Stores.Stored<Extension>?> LoadOneExtension() =>
        RoundTrips.MeasureAsync(Case(nameof(LoadOneExtension)), () =>
            store.Repository.GetExtensionAsync(BenchmarkStore.PbxId, middleNumber, CancellationToken.None));

    /// <summary>Takes the extensions of the iteration out again, so the PBX keeps its size.</summary>
    [IterationCleanup(Target = nameof(CreateOneExtension))]
    public void RemoveCreated()
    {
        foreach (var number in created)
        {
            store.Repository.DeleteExtensionAsync(BenchmarkStore.PbxId, number.ToString(CultureInfo.InvariantCulture), Audit($"extension:{number}"), CancellationToken.None)
                .GetAwaiter().GetResult();
        }
        created.Clear();
    }

    private async Task SetupAsync()
    {
        store = await BenchmarkStore.OpenAsync(Store, CancellationToken.None);
        // The first free numbers of the plan from 10000 (skipping the blocked ones), as a real PBX fills up.
        var empty = new PbxSnapshot(BenchmarkStore.Settings, UsedNumbers.Empty, [], []);
        var numbers = new List<int>(Extensions);
        for (var n = 10_000; numbers.Count < Extensions; n++)
        {
            if (rules.CheckNumber(n.ToString(CultureInfo.InvariantCulture), empty).IsFree)
            {
                numbers.Add(n);
            }
        }
        await store.SeedAsync(numbers, CancellationToken.None);
        middleNumber = numbers[numbers.Count / 2].ToString(CultureInfo.InvariantCulture);
        nextNumber = 95_000;
    }

    private string Case(string method) => RoundTrips.Key(method, Store, Extensions);

    private static AuditEntry Audit(string target) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        PbxId = BenchmarkStore.PbxId,
        At = DateTimeOffset.UtcNow,
        ActorId = "bench",
        ActorName = "bench",
        Action = "extension.created",
        Target = target,
    };

    /// <summary>
    /// Few fixed invocations (each create adds an extension, removed after its iteration), in this process so the
    /// round-trip counts reach <see cref="RoundTripsColumn"/>.
    /// </summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
        {
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithInvocationCount(10)
                .WithUnrollFactor(1)
                .WithId("ShortInProcess"));
            AddColumn(new RoundTripsColumn());
        }
    }
}
