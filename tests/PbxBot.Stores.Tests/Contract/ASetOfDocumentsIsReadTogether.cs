using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>
/// Every wizard turn reads the PBX as the rules see it (settings, number plan, departments, DIDs) as one set: it
/// gives what the separate reads give — the same values, ETags and order, each query with its own limit, missing ids
/// absent, another PBX never seen — and its round trips do not grow with the number of documents.
/// </summary>
public abstract class ASetOfDocumentsIsReadTogether(StoreKind kind) : StoreContract(kind)
{
    [Collection(RoundTripCollection.Name)]
    public sealed class OnSqlite() : ASetOfDocumentsIsReadTogether(StoreKind.Sqlite);

    [Collection(RoundTripCollection.Name)]
    public sealed class OnCosmos() : ASetOfDocumentsIsReadTogether(StoreKind.Cosmos);

    private readonly bool onSqlite = kind == StoreKind.Sqlite;

    private static readonly DocumentQuery Departments = new(DocumentKinds.Department) { Max = 500 };
    private static readonly DocumentQuery Dids = new(DocumentKinds.Did) { Max = 1000 };

    [Fact]
    public async Task TheSetHoldsWhatTheSeparateReadsHold()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.CreateDepartmentAsync(new Department { Key = "ventes", Name = "Ventes" }, Samples.Audit("department:ventes"), Ct);
        await repository.AddDidsAsync(Samples.PbxId, ["+33199000003", "+33199000001", "+33199000002"], Ct);
        await repository.CreateAsync(201, Ct);

        var set = await store.Pbx.ReadSetAsync(Samples.PbxId, [DocumentKinds.SettingsId, DocumentKinds.NumberingId, "missing"], [Departments, Dids], Ct);

        Assert.Equal((await store.Pbx.GetAsync<PbxSettings>(Samples.PbxId, DocumentKinds.SettingsId, Ct))!.ETag, set.Get<PbxSettings>(DocumentKinds.SettingsId)!.ETag);
        Assert.Equal("Cabinet Contrat", set.Get<PbxSettings>(DocumentKinds.SettingsId)!.Value.DisplayName);
        Assert.True(set.Get<UsedNumbers>(DocumentKinds.NumberingId)!.Value.Contains(201));
        Assert.Null(set.Get<PbxSettings>("missing"));
        Assert.Equal(
            (await store.Pbx.QueryAsync<Department>(Samples.PbxId, Departments, Ct)).Select(d => (d.Value.Key, d.ETag)),
            set.Query<Department>(0).Select(d => (d.Value.Key, d.ETag)));
        Assert.Equal(["+33199000001", "+33199000002", "+33199000003"], set.Query<Did>(1).Select(d => d.Value.Number));
    }

    [Fact]
    public async Task EachQueryKeepsItsOwnOrderAndLimit()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.AddDidsAsync(Samples.PbxId, ["+33199000003", "+33199000001", "+33199000002"], Ct);
        var firstTwo = Dids with { Max = 2 };
        var newestAudit = new DocumentQuery(DocumentKinds.Audit) { Max = 1, NewestFirst = true };

        var set = await store.Pbx.ReadSetAsync(Samples.PbxId, [], [firstTwo, newestAudit], Ct);

        Assert.Equal(["+33199000001", "+33199000002"], set.Query<Did>(0).Select(d => d.Value.Number));
        Assert.Equal(
            (await store.Pbx.QueryAsync<AuditEntry>(Samples.PbxId, newestAudit, Ct)).Select(a => a.Value.Id),
            set.Query<AuditEntry>(1).Select(a => a.Value.Id));
    }

    [Fact]
    public async Task AnotherPbxIsNeverSeen()
    {
        var store = await OpenStoreAsync();
        await store.NewPbxAsync(Ct);
        await store.Repository.AddDidsAsync(Samples.PbxId, ["+33199000001"], Ct);

        var set = await store.Pbx.ReadSetAsync("pbx-other", [DocumentKinds.SettingsId], [Departments, Dids], Ct);

        Assert.Null(set.Get<PbxSettings>(DocumentKinds.SettingsId));
        Assert.Empty(set.Query<Department>(0));
        Assert.Empty(set.Query<Did>(1));
    }

    [Fact]
    public async Task TheRulesViewOfThePbxTakesOneRequestPerPart()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.AddDidsAsync(Samples.PbxId, Enumerable.Range(0, 50).Select(i => $"+331990001{i:D2}"), Ct);

        using var counter = new RoundTripCounter();
        var snapshot = await counter.CountAsync(() => repository.LoadSnapshotAsync(Samples.PbxId, Ct));

        // SQLite: one statement for the settings and the number plan, one per query, in one read transaction.
        // Cosmos DB: the ReadMany and each query (with its query plan in Gateway mode), sent at once.
        if (onSqlite)
        {
            Assert.Equal(3, snapshot);
        }
        else
        {
            Assert.InRange(snapshot, 3, 6);
        }
    }
}
