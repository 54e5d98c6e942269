using PbxBot.Application.Stores;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>Optimistic concurrency: every replace and delete carries the ETag it read; a stale one changes nothing (412).</summary>
public abstract class AStaleETagIsAConflict(StoreKind kind) : StoreContract(kind)
{
    public sealed class OnSqlite() : AStaleETagIsAConflict(StoreKind.Sqlite);

    public sealed class OnCosmos() : AStaleETagIsAConflict(StoreKind.Cosmos);

    [Fact]
    public async Task AReplaceWithTheCurrentETagSucceedsAndChangesTheETag()
    {
        var store = await OpenStoreAsync();
        var first = (await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "a"))], Ct))["note-1"];

        var second = (await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Replace(Samples.Note("note-1", "b"), first)], Ct))["note-1"];

        Assert.NotEqual(first, second);
        var read = await store.Pbx.GetAsync<Note>(Samples.PbxId, "note-1", Ct);
        Assert.Equal(new Stored<Note>(new Note("b"), second), read);
    }

    [Fact]
    public async Task AReplaceWithAStaleETagIsAConcurrencyConflictAndChangesNothing()
    {
        var store = await OpenStoreAsync();
        var stale = (await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "a"))], Ct))["note-1"];
        await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Replace(Samples.Note("note-1", "b"), stale)], Ct);

        var conflict = await Assert.ThrowsAsync<StoreConcurrencyException>(() =>
            store.Pbx.CommitAsync(Samples.PbxId, [new Change.Replace(Samples.Note("note-1", "c"), stale)], Ct));

        Assert.Equal("note-1", conflict.DocumentId);
        Assert.Equal("b", (await store.Pbx.GetAsync<Note>(Samples.PbxId, "note-1", Ct))!.Value.Text);
    }

    [Fact]
    public async Task ADeleteWithAStaleETagIsAConcurrencyConflictAndKeepsTheDocument()
    {
        var store = await OpenStoreAsync();
        var stale = (await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "a"))], Ct))["note-1"];
        await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Replace(Samples.Note("note-1", "b"), stale)], Ct);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => store.Pbx.CommitAsync(Samples.PbxId, [new Change.Delete("note-1", stale)], Ct));

        Assert.NotNull(await store.Pbx.GetAsync<Note>(Samples.PbxId, "note-1", Ct));
    }

    [Fact]
    public async Task ReplacingADocumentThatVanishedIsAConcurrencyConflict()
    {
        var store = await OpenStoreAsync();
        var etag = (await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "a"))], Ct))["note-1"];
        await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Delete("note-1", etag)], Ct);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => store.Pbx.CommitAsync(Samples.PbxId, [new Change.Replace(Samples.Note("note-1", "b"), etag)], Ct));

        Assert.Null(await store.Pbx.GetAsync<Note>(Samples.PbxId, "note-1", Ct));
    }

    [Fact]
    public async Task TwoOperatorsEditingTheSameExtensionCannotBothSave()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.CreateAsync(200, Ct);
        var readByAlice = (await repository.GetExtensionAsync(Samples.PbxId, "200", Ct))!;
        var readByBob = (await repository.GetExtensionAsync(Samples.PbxId, "200", Ct))!;

        await repository.UpdateExtensionAsync(readByAlice, readByAlice.Value with { FirstName = "Alice" }, Samples.Audit("extension:200"), [], Ct);
        await Assert.ThrowsAsync<StoreConcurrencyException>(() =>
            repository.UpdateExtensionAsync(readByBob, readByBob.Value with { FirstName = "Bob" }, Samples.Audit("extension:200"), [], Ct));

        Assert.Equal("Alice", (await repository.GetExtensionAsync(Samples.PbxId, "200", Ct))!.Value.FirstName);
        // The create's audit entry and Alice's: Bob's refused save left none.
        Assert.Equal(2, (await repository.ListAuditAsync(Samples.PbxId, 10, Ct)).Count(a => a.Target == "extension:200"));
    }
}
