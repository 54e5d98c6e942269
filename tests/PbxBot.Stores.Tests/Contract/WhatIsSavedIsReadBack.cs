using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>Creates and point reads: what a save writes is what a read returns, with an ETag to guard the next replace.</summary>
public abstract class WhatIsSavedIsReadBack(StoreKind kind) : StoreContract(kind)
{
    public sealed class OnSqlite() : WhatIsSavedIsReadBack(StoreKind.Sqlite);

    public sealed class OnCosmos() : WhatIsSavedIsReadBack(StoreKind.Cosmos);

    [Fact]
    public async Task AnExtensionIsReadBackWithAllItsFields()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        var extension = Samples.Extension(205, "Hélène", "Éluard") with
        {
            Mobile = "+33612345678",
            Role = Role.Managers,
            Require2FA = true,
            CreatedAt = new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.Zero),
            Credential = new WelcomeCredential("hash", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(7)),
        };

        await repository.CreateExtensionAsync(extension, Samples.Audit("extension:205"), [], null, Ct);
        var read = await repository.GetExtensionAsync(Samples.PbxId, "205", Ct);

        Assert.NotNull(read);
        Assert.Equal(extension, read.Value);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task AMissingDocumentReadsAsNull()
    {
        var store = await OpenStoreAsync();
        await store.NewPbxAsync(Ct);

        Assert.Null(await store.Repository.GetExtensionAsync(Samples.PbxId, "299", Ct));
        Assert.Null(await store.Pbx.GetAsync<Note>("pbx-unknown", "note-1", Ct));
    }

    [Fact]
    public async Task TheSettingsAndTheDepartmentAreReadBack()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);

        var settings = await repository.GetSettingsAsync(Samples.PbxId, Ct);
        var department = await repository.GetDepartmentAsync(Samples.PbxId, Samples.General, Ct);

        Assert.Equal(Samples.Settings(), settings?.Value, new SettingsComparer());
        Assert.Equal("Général", department?.Value.Name);
    }

    [Fact]
    public async Task ACreateCommitsTheExtensionWithItsNumberMembershipAuditAndWelcomeMail()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);

        await repository.CreateAsync(210, Ct);

        Assert.True((await repository.GetUsedNumbersAsync(Samples.PbxId, Ct)).Value.Contains(210));
        Assert.Equal(["210"], (await repository.GetDepartmentAsync(Samples.PbxId, Samples.General, Ct))!.Value.Members.Select(m => m.Number));
        Assert.Contains(await repository.ListAuditAsync(Samples.PbxId, 10, Ct), a => a.Target == "extension:210");
        Assert.Single(await store.Outbox.ListBySubjectAsync(Samples.PbxId, "extension:210", 10, Ct));
    }

    [Fact]
    public async Task AnExtensionIsFoundByNameIgnoringCaseAndAccents()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.CreateExtensionAsync(Samples.Extension(220, "Hélène", "Éluard"), Samples.Audit("extension:220"), [], null, Ct);
        await repository.CreateExtensionAsync(Samples.Extension(221, "Pierre", "Curie"), Samples.Audit("extension:221"), [], null, Ct);

        var found = await repository.SearchExtensionsAsync(Samples.PbxId, "HELENE", 10, Ct);

        Assert.Equal(["220"], found.Select(e => e.Number));
    }

    [Fact]
    public async Task EachCreatedDocumentGetsItsOwnETag()
    {
        var store = await OpenStoreAsync();

        var etags = await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "a")), new Change.Create(Samples.Note("note-2", "b"))], Ct);

        Assert.Equal((await store.Pbx.GetAsync<Note>(Samples.PbxId, "note-1", Ct))!.ETag, etags["note-1"]);
        Assert.Equal((await store.Pbx.GetAsync<Note>(Samples.PbxId, "note-2", Ct))!.ETag, etags["note-2"]);
    }

    /// <summary>Records with list properties compare by reference; these fields are what a settings round trip must keep.</summary>
    private sealed class SettingsComparer : IEqualityComparer<PbxSettings?>
    {
        public bool Equals(PbxSettings? x, PbxSettings? y) =>
            x is not null && y is not null && x.Id == y.Id && x.DisplayName == y.DisplayName && x.Country == y.Country
            && x.WebClientUrl == y.WebClientUrl && x.DialPlan.Ranges.SequenceEqual(y.DialPlan.Ranges) && x.TimeZoneId == y.TimeZoneId;

        public int GetHashCode(PbxSettings? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
