using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>The number plan document moves with every create and delete, so the first free number is right without reading any extension.</summary>
public abstract class TheFirstFreeNumberFollowsCreatesAndDeletes(StoreKind kind) : StoreContract(kind)
{
    public sealed class OnSqlite() : TheFirstFreeNumberFollowsCreatesAndDeletes(StoreKind.Sqlite);

    public sealed class OnCosmos() : TheFirstFreeNumberFollowsCreatesAndDeletes(StoreKind.Cosmos);

    [Fact]
    public async Task AnEmptyPbxOffersTheFirstNumberOfItsPlan()
    {
        var store = await OpenStoreAsync();
        await store.NewPbxAsync(Ct);

        Assert.Equal("200", await store.FirstFreeNumberAsync(Ct));
    }

    [Fact]
    public async Task CreatesMoveItUpAndADeleteFreesTheNumberAgain()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.CreateAsync(200, Ct);
        await repository.CreateAsync(201, Ct);
        await repository.CreateAsync(202, Ct);
        Assert.Equal("203", await store.FirstFreeNumberAsync(Ct));

        await repository.DeleteAsync(201, Ct);
        Assert.Equal("201", await store.FirstFreeNumberAsync(Ct));

        await repository.CreateAsync(201, Ct);
        Assert.Equal("203", await store.FirstFreeNumberAsync(Ct));
    }

    [Fact]
    public async Task ADeleteRemovesTheExtensionItsMembershipAndFreesItsDid()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.AddDidsAsync(Samples.PbxId, ["+33180203040"], Ct);
        await repository.CreateExtensionAsync(Samples.Extension(200) with { Did = "+33180203040" }, Samples.Audit("extension:200"), [], null, Ct);

        await repository.DeleteAsync(200, Ct);

        Assert.Null(await repository.GetExtensionAsync(Samples.PbxId, "200", Ct));
        Assert.Empty((await repository.GetDepartmentAsync(Samples.PbxId, Samples.General, Ct))!.Value.Members);
        Assert.True((await repository.ListDidsAsync(Samples.PbxId, Ct)).Single().IsFree);
        Assert.Equal("200", await store.FirstFreeNumberAsync(Ct));
    }

    [Fact]
    public async Task ConcurrentCreatesOfDifferentNumbersOnANewPbxAllSucceed()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);

        // The first creates of a PBX all find no number plan yet and race to create it: that is no reason to refuse a free number.
        await Task.WhenAll(Enumerable.Range(200, 5).Select(n => Task.Run(() => repository.CreateAsync(n, Ct), Ct)));

        Assert.Equal("205", await store.FirstFreeNumberAsync(Ct));
        foreach (var n in Enumerable.Range(200, 5))
        {
            Assert.NotNull(await repository.GetExtensionAsync(Samples.PbxId, n.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct));
        }
    }
}
