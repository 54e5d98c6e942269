using PbxBot.Benchmarks.Stores;
using PbxBot.Domain;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// The PBX the turn benchmark's operators work on, written into the store before the host starts: the store
/// benchmarks' PBX (5-digit plan, a default department, <c>extensions</c> extensions from 20000 up), a DID pool, and
/// one system admin per conversation. New extensions are numbered from 30000 up.
/// </summary>
public static class BenchmarkPbx
{
    public const int FirstSeeded = 20_000;
    public const int FirstNew = 30_000;
    public const int LastNew = 99_999;

    public static string OperatorId(int conversation) => $"bench-admin-{conversation}";

    public static async Task<BenchmarkStore> CreateAsync(string storeKind, int extensions, int operators, CancellationToken ct)
    {
        if (extensions > FirstNew - FirstSeeded)
        {
            throw new ArgumentOutOfRangeException(nameof(extensions), extensions, $"At most {FirstNew - FirstSeeded} seeded extensions.");
        }
        var store = await BenchmarkStore.OpenAsync(storeKind, ct);
        await store.SeedAsync(Enumerable.Range(FirstSeeded, extensions).ToArray(), ct);
        var pbxId = BenchmarkStore.PbxId;
        await store.Repository.AddDidsAsync(pbxId, Enumerable.Range(0, 20).Select(i => $"+3318020{3040 + i}"), ct);
        await GrantOperatorsAsync(store, operators, ct);
        return store;
    }

    /// <summary>Makes <see cref="OperatorId"/> 0 to <paramref name="operators"/> − 1 system admins of the benchmark's PBX.</summary>
    public static async Task GrantOperatorsAsync(BenchmarkStore store, int operators, CancellationToken ct)
    {
        var pbxId = BenchmarkStore.PbxId;
        var at = DateTimeOffset.UtcNow;
        for (var i = 0; i < operators; i++)
        {
            var grant = new Grant
            {
                PbxId = pbxId,
                UserId = OperatorId(i),
                DisplayName = $"Admin {i}",
                Role = Role.SystemAdmins,
                GrantedBy = "seed",
                GrantedAt = at,
            };
            var audit = new AuditEntry { Id = $"seed-grant-{i}", PbxId = pbxId, At = at, ActorId = "seed", ActorName = "seed", Action = "seed", Target = $"grant:{grant.UserId}" };
            await store.Repository.SaveGrantAsync(grant, null, audit, ct);
        }
    }
}
