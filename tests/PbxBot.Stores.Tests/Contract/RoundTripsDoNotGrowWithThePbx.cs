using PbxBot.Application.Mail;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>
/// Creating an extension, finding the first free number and loading one extension take as many store round trips
/// on a PBX of 1,000 extensions as on one of 10: nothing reads the whole PBX to answer a question about one item.
/// (The benchmark measures 10 and 10,000, with timings.)
/// </summary>
public abstract class RoundTripsDoNotGrowWithThePbx(StoreKind kind) : StoreContract(kind)
{
    [Collection(RoundTripCollection.Name)]
    public sealed class OnSqlite() : RoundTripsDoNotGrowWithThePbx(StoreKind.Sqlite);

    [Collection(RoundTripCollection.Name)]
    public sealed class OnCosmos() : RoundTripsDoNotGrowWithThePbx(StoreKind.Cosmos);

    [Fact]
    public async Task ForTheThreeOperationsAWizardWaitsOn()
    {
        var store = await OpenStoreAsync();
        var small = await store.NewPbxAsync(Ct, "pbx-small");
        var large = await store.NewPbxAsync(Ct, "pbx-large");
        await SeedAsync(store, "pbx-small", 10);
        await SeedAsync(store, "pbx-large", 1000);
        using var counter = new RoundTripCounter();

        async Task<(long Create, long FirstFree, long Load)> MeasureAsync(PbxRepository repository, string pbxId) => (
            await counter.CountAsync(() => repository.CreateExtensionAsync(Samples.Extension(5000), Samples.Audit("extension:5000", pbxId), [Samples.WelcomeMail("extension:5000", pbxId: pbxId)], null, Ct)),
            await counter.CountAsync(() => store.FirstFreeNumberAsync(Ct, pbxId)),
            await counter.CountAsync(() => repository.GetExtensionAsync(pbxId, "1005", Ct)));

        var onSmall = await MeasureAsync(small, "pbx-small");
        var onLarge = await MeasureAsync(large, "pbx-large");

        Assert.Equal(onSmall, onLarge);
        Assert.Equal(1, onLarge.Load);
    }

    /// <summary>Extensions 1000, 1001… and the number plan that lists them, in commits of 100 (a batch's limit).</summary>
    private static async Task SeedAsync(StoreUnderTest store, string pbxId, int count)
    {
        var numbers = Enumerable.Range(1000, count).ToArray();
        var plan = await store.Repository.GetUsedNumbersAsync(pbxId, Ct);
        var numbering = new PbxDocument(DocumentKinds.NumberingId, DocumentKinds.Numbering, UsedNumbers.From(numbers));
        await store.Pbx.CommitAsync(pbxId, [plan.ETag.Length == 0 ? new Change.Create(numbering) : new Change.Replace(numbering, plan.ETag)], Ct);
        foreach (var chunk in numbers.Chunk(100))
        {
            await store.Pbx.CommitAsync(pbxId, chunk.Select(n => (Change)new Change.Create(ExtensionDocument.Of(Samples.Extension(n)))).ToArray(), Ct);
        }
        Assert.Equal(count, (await store.Repository.GetUsedNumbersAsync(pbxId, Ct)).Value.Count);
    }
}
