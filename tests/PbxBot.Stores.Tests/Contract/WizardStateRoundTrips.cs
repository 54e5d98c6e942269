using System.Text.Json.Nodes;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Domain;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>
/// A conversation's wizard state is saved and read back whole by any instance of the bot, guarded by its ETag so
/// that two turns of the same user (a double click) cannot both move the wizard on.
/// </summary>
public abstract class WizardStateRoundTrips(StoreKind kind) : StoreContract(kind)
{
    private const string Id = "wizard|msteams|19:conversation|aad-admin";

    public sealed class OnSqlite() : WizardStateRoundTrips(StoreKind.Sqlite);

    public sealed class OnCosmos() : WizardStateRoundTrips(StoreKind.Cosmos);

    [Fact]
    public async Task AWizardInProgressIsReadBackWhole()
    {
        var store = await OpenStoreAsync();
        var sessions = new WizardSessionStore(store.Conversations);
        var state = State(step: 2);

        var saved = await sessions.SaveAsync(Id, await sessions.LoadAsync(Id, Ct), state, Ct);
        var loaded = await sessions.LoadAsync(Id, Ct);

        Assert.Equal(saved.ETag, loaded.ETag);
        var active = loaded.Value.Active!;
        Assert.Equal(state.Active!.Wizard, active.Wizard);
        Assert.Equal(state.Active.InstanceId, active.InstanceId);
        Assert.Equal(2, active.StepIndex);
        Assert.Equal([0, 1], active.History);
        Assert.Equal(state.Active.Data.ToJsonString(), active.Data.ToJsonString());
        Assert.Equal(state.Active.Summary, active.Summary);
        Assert.Equal(state.Active.StartedAt, active.StartedAt);
    }

    [Fact]
    public async Task AConversationWithoutStateLoadsAsNoWizard()
    {
        var store = await OpenStoreAsync();

        var loaded = await new WizardSessionStore(store.Conversations).LoadAsync(Id, Ct);

        Assert.Null(loaded.Value.Active);
        Assert.Equal("", loaded.ETag);
    }

    [Fact]
    public async Task TwoTurnsFromTheSameStateCannotBothSave()
    {
        var store = await OpenStoreAsync();
        var sessions = new WizardSessionStore(store.Conversations);
        await sessions.SaveAsync(Id, await sessions.LoadAsync(Id, Ct), State(step: 1), Ct);
        var loadedByFirstClick = await sessions.LoadAsync(Id, Ct);
        var loadedBySecondClick = await sessions.LoadAsync(Id, Ct);

        await sessions.SaveAsync(Id, loadedByFirstClick, State(step: 2), Ct);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => sessions.SaveAsync(Id, loadedBySecondClick, State(step: 3), Ct));
        Assert.Equal(2, (await sessions.LoadAsync(Id, Ct)).Value.Active!.StepIndex);
    }

    [Fact]
    public async Task TwoFirstTurnsCannotBothCreateTheState()
    {
        var store = await OpenStoreAsync();
        var sessions = new WizardSessionStore(store.Conversations);
        var empty = await sessions.LoadAsync(Id, Ct);
        await sessions.SaveAsync(Id, empty, State(step: 0), Ct);

        await Assert.ThrowsAsync<StoreConflictException>(() => sessions.SaveAsync(Id, empty, State(step: 0), Ct));
    }

    [Fact]
    public async Task AnUpsertNeedsNoETagAndADeleteNeedsTheCurrentOne()
    {
        var store = await OpenStoreAsync();
        var first = await store.Conversations.UpsertAsync(Id, State(step: 0), Ct);
        var second = await store.Conversations.UpsertAsync(Id, State(step: 1), Ct);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => store.Conversations.DeleteAsync(Id, first, Ct));
        await store.Conversations.DeleteAsync(Id, second, Ct);
        await store.Conversations.DeleteAsync(Id, null, Ct);

        Assert.Null(await store.Conversations.GetAsync<ConversationState>(Id, Ct));
    }

    [Fact]
    public async Task PurgeRemovesOnlyOldDocumentsWithThePrefix()
    {
        var store = await OpenStoreAsync();
        await store.Conversations.UpsertAsync("seen|activity-1", new Note("old"), Ct);
        await store.Conversations.UpsertAsync(Id, State(step: 0), Ct);

        var purged = await store.Conversations.PurgeAsync("seen|", DateTimeOffset.UtcNow.AddMinutes(1), Ct);
        var none = await store.Conversations.PurgeAsync("seen|", DateTimeOffset.UtcNow.AddMinutes(1), Ct);

        Assert.Equal(1, purged);
        Assert.Equal(0, none);
        Assert.Null(await store.Conversations.GetAsync<Note>("seen|activity-1", Ct));
        Assert.NotNull(await store.Conversations.GetAsync<ConversationState>(Id, Ct));
    }

    private static ConversationState State(int step) => new()
    {
        Active = new WizardSession
        {
            Wizard = "create-extension",
            InstanceId = "instance-1",
            PbxId = Samples.PbxId,
            StepIndex = step,
            Seq = step + 1,
            History = [.. Enumerable.Range(0, step)],
            Data = new JsonObject { ["firstName"] = "Hélène", ["number"] = "205", ["emails"] = new JsonArray("a@b.example") },
            Summary = new Text("poste 205 pour Hélène Éluard", "extension 205 for Hélène Éluard"),
            StartedAt = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(1)),
            UpdatedAt = new DateTimeOffset(2026, 12, 2, 9, 5, 0, TimeSpan.FromHours(1)),
        },
    };
}
