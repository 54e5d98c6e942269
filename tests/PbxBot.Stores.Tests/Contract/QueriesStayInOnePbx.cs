using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>Queries are scoped to one PBX's partition and filter by kind, parent and tag; only a user's grants look across PBXs.</summary>
public abstract class QueriesStayInOnePbx(StoreKind kind) : StoreContract(kind)
{
    public sealed class OnSqlite() : QueriesStayInOnePbx(StoreKind.Sqlite);

    public sealed class OnCosmos() : QueriesStayInOnePbx(StoreKind.Cosmos);

    [Fact]
    public async Task ASearchSeesOnlyThePbxItIsAskedAbout()
    {
        var store = await OpenStoreAsync();
        var a = await store.NewPbxAsync(Ct, "pbx-a");
        var b = await store.NewPbxAsync(Ct, "pbx-b");
        await a.CreateAsync(200, Ct, "pbx-a");
        await b.CreateAsync(200, Ct, "pbx-b");
        await b.CreateAsync(201, Ct, "pbx-b");

        Assert.Single(await a.SearchExtensionsAsync("pbx-a", "curie", 10, Ct));
        Assert.Equal(2, (await b.SearchExtensionsAsync("pbx-b", "curie", 10, Ct)).Count);
        Assert.Single(await store.Outbox.ListBySubjectAsync("pbx-a", "extension:200", 10, Ct));
    }

    [Fact]
    public async Task AQueryReturnsAtMostItsMax()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        foreach (var n in Enumerable.Range(200, 5))
        {
            await repository.CreateAsync(n, Ct);
        }

        var firstThree = await repository.SearchExtensionsAsync(Samples.PbxId, "curie", 3, Ct);
        var newestAudit = await repository.ListAuditAsync(Samples.PbxId, 2, Ct);

        Assert.Equal(3, firstThree.Count);
        Assert.Equal(2, newestAudit.Count);
    }

    [Fact]
    public async Task RequestsAreListedByStatusAndRequester()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        ExtensionRequest Request(string id, string by) => new()
        {
            Id = id,
            Reference = id.ToUpperInvariant(),
            PbxId = Samples.PbxId,
            RequestedBy = by,
            RequestedByName = by,
            RequestedAt = DateTimeOffset.UnixEpoch,
            Draft = new ExtensionDraft { FirstName = "Marie", LastName = "Curie", Department = Samples.General },
        };
        await repository.CreateRequestAsync(Request("r1", "aad-marc"), Samples.Audit("request:r1"), [], Ct);
        await repository.CreateRequestAsync(Request("r2", "aad-marc"), Samples.Audit("request:r2"), [], Ct);
        await repository.CreateRequestAsync(Request("r3", "aad-lea"), Samples.Audit("request:r3"), [], Ct);
        var r2 = (await repository.GetRequestAsync(Samples.PbxId, "r2", Ct))!;
        await repository.UpdateRequestAsync(r2, r2.Value with { Status = RequestStatus.Approved }, Samples.Audit("request:r2"), [], Ct);

        var pending = await repository.ListRequestsAsync(Samples.PbxId, RequestStatus.Pending, null, 10, Ct);
        var byMarc = await repository.ListRequestsAsync(Samples.PbxId, null, "aad-marc", 10, Ct);

        Assert.Equal(["r1", "r3"], pending.Select(r => r.Id).Order());
        Assert.Equal(["r1", "r2"], byMarc.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task AUsersGrantsAreFoundOnEveryPbx()
    {
        var store = await OpenStoreAsync();
        var a = await store.NewPbxAsync(Ct, "pbx-a");
        var b = await store.NewPbxAsync(Ct, "pbx-b");
        Grant GrantOn(string pbxId, string userId) => new() { PbxId = pbxId, UserId = userId, Role = Role.SystemAdmins, GrantedBy = "seed", GrantedAt = DateTimeOffset.UnixEpoch };
        await a.SaveGrantAsync(GrantOn("pbx-a", "aad-alice"), null, Samples.Audit("grant:aad-alice", "pbx-a"), Ct);
        await b.SaveGrantAsync(GrantOn("pbx-b", "aad-alice"), null, Samples.Audit("grant:aad-alice", "pbx-b"), Ct);
        await b.SaveGrantAsync(GrantOn("pbx-b", "aad-bob"), null, Samples.Audit("grant:aad-bob", "pbx-b"), Ct);

        var alices = await store.Repository.GetGrantsOfUserAsync("aad-alice", Ct);

        Assert.Equal(["pbx-a", "pbx-b"], alices.Select(g => g.PbxId).Order());
        Assert.Equal(2, (await b.ListGrantsAsync("pbx-b", Ct)).Count);
    }
}
