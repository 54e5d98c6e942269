using PbxBot.Application.Stores;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>
/// A sync reads a page of extensions at once: the documents that exist come back with their ETags, missing ids are
/// simply absent, another PBX's documents are never seen, and the round trips do not grow with the page.
/// </summary>
public abstract class SeveralDocumentsAreReadAtOnce(StoreKind kind) : StoreContract(kind)
{
    [Collection(RoundTripCollection.Name)]
    public sealed class OnSqlite() : SeveralDocumentsAreReadAtOnce(StoreKind.Sqlite);

    [Collection(RoundTripCollection.Name)]
    public sealed class OnCosmos() : SeveralDocumentsAreReadAtOnce(StoreKind.Cosmos);

    [Fact]
    public async Task ThoseThatExistComeBackWithTheirETags()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        foreach (var n in new[] { 201, 202, 203 })
        {
            await repository.CreateExtensionAsync(Samples.Extension(n, "Marie", $"Curie{n}"), Samples.Audit($"extension:{n}"), [], null, Ct);
        }

        var found = await store.Pbx.GetManyAsync<PbxBot.Domain.Extension>(Samples.PbxId, [DocumentKinds.ExtensionId("201"), DocumentKinds.ExtensionId("203"), DocumentKinds.ExtensionId("299")], Ct);

        Assert.Equal([DocumentKinds.ExtensionId("201"), DocumentKinds.ExtensionId("203")], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Curie203", found[DocumentKinds.ExtensionId("203")].Value.LastName);
        Assert.Equal((await repository.GetExtensionAsync(Samples.PbxId, "201", Ct))!.ETag, found[DocumentKinds.ExtensionId("201")].ETag);
    }

    [Fact]
    public async Task AnotherPbxsDocumentsAreNeverSeen()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.CreateExtensionAsync(Samples.Extension(204, "Pierre", "Curie"), Samples.Audit("extension:204"), [], null, Ct);

        var found = await store.Pbx.GetManyAsync<PbxBot.Domain.Extension>("pbx-other", [DocumentKinds.ExtensionId("204")], Ct);

        Assert.Empty(found);
    }

    [Fact]
    public async Task APageOfFiveHundredTakesNoMoreRoundTripsThanOne()
    {
        var store = await OpenStoreAsync();
        await store.NewPbxAsync(Ct);
        var ids = Enumerable.Range(1000, IPbxStore.MaxGetMany).Select(n => DocumentKinds.ExtensionId(n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        using var counter = new RoundTripCounter();
        var one = await counter.CountAsync(() => store.Pbx.GetManyAsync<PbxBot.Domain.Extension>(Samples.PbxId, ids[..1], Ct));
        var page = await counter.CountAsync(() => store.Pbx.GetManyAsync<PbxBot.Domain.Extension>(Samples.PbxId, ids, Ct));

        // One SQLite query; on Cosmos DB a point read for one id, a query plan and the query for more (Gateway mode).
        Assert.Equal(1, one);
        Assert.InRange(page, 1, 2);
    }
}
