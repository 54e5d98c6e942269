using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>
/// Uniqueness is structural: an extension's id is its number, a department's its normalised name. Creating a
/// second one is a conflict (409), which the repository turns into the words the wizard shows.
/// </summary>
public abstract class ADuplicateIsAConflict(StoreKind kind) : StoreContract(kind)
{
    public sealed class OnSqlite() : ADuplicateIsAConflict(StoreKind.Sqlite);

    public sealed class OnCosmos() : ADuplicateIsAConflict(StoreKind.Cosmos);

    [Fact]
    public async Task CreatingAnIdThatExistsIsAStoreConflictNamingIt()
    {
        var store = await OpenStoreAsync();
        await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "first"))], Ct);

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(() =>
            store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "second"))], Ct));

        Assert.Equal("note-1", conflict.DocumentId);
        Assert.Equal("first", (await store.Pbx.GetAsync<Note>(Samples.PbxId, "note-1", Ct))!.Value.Text);
    }

    [Fact]
    public async Task TheSameIdInAnotherPbxIsNoConflict()
    {
        var store = await OpenStoreAsync();
        await store.Pbx.CommitAsync("pbx-a", [new Change.Create(Samples.Note("note-1", "a"))], Ct);

        await store.Pbx.CommitAsync("pbx-b", [new Change.Create(Samples.Note("note-1", "b"))], Ct);

        Assert.Equal("b", (await store.Pbx.GetAsync<Note>("pbx-b", "note-1", Ct))!.Value.Text);
    }

    [Fact]
    public async Task ATakenNumberIsRefusedWithTheNextFreeOne()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.CreateAsync(200, Ct);
        await repository.CreateAsync(201, Ct);
        await repository.CreateAsync(202, Ct);

        var taken = await Assert.ThrowsAsync<NumberTakenException>(() => repository.CreateAsync(201, Ct));

        Assert.Equal("201", taken.Number);
        Assert.Equal("203", taken.NextFree);
        Assert.Equal("Number 201 is taken; next free is 203.", taken.Message);
    }

    [Fact]
    public async Task ANumberTakenBehindTheNumberPlansBackIsStillRefusedWithTheNextFreeOne()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.CreateAsync(200, Ct);
        // The extension document exists but the number plan does not know it (written by an older version, or by hand):
        // the create must still fail on the extension's id, never overwrite it.
        await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Application.Mail.ExtensionDocument.Of(Samples.Extension(201, "Pierre", "Curie")))], Ct);

        var taken = await Assert.ThrowsAsync<NumberTakenException>(() => repository.CreateAsync(201, Ct));

        Assert.Equal("201", taken.Number);
        Assert.Equal("Pierre", (await repository.GetExtensionAsync(Samples.PbxId, "201", Ct))!.Value.FirstName);
        Assert.False((await repository.GetUsedNumbersAsync(Samples.PbxId, Ct)).Value.Contains(201));
    }

    [Fact]
    public async Task ADepartmentWithTheSameKeyIsRefused()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);

        var exists = await Assert.ThrowsAsync<DepartmentExistsException>(() =>
            repository.CreateDepartmentAsync(new Department { Key = Samples.General, Name = "GENERAL" }, Samples.Audit("department:general"), Ct));

        Assert.Equal("GENERAL", exists.Name);
        Assert.Equal("Général", (await repository.GetDepartmentAsync(Samples.PbxId, Samples.General, Ct))!.Value.Name);
    }

    [Fact]
    public async Task SavingNewSettingsForAPbxThatHasThemIsAConflict()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(() => repository.SaveSettingsAsync(Samples.Settings() with { DisplayName = "Other" }, null, Ct));

        Assert.Equal(DocumentKinds.SettingsId, conflict.DocumentId);
    }
}
