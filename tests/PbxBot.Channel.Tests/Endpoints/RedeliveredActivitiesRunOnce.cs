using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Channel.Activities;
using PbxBot.Channel.Turns;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Endpoints;

/// <summary>A channel that redelivers an activity (it got no answer in time) must not run its turn twice.</summary>
public sealed class RedeliveredActivitiesRunOnce
{
    [Fact]
    public async Task The_same_activity_delivered_twice_runs_the_turn_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        var bot = new ScriptedBot(_ => Replies.Of(Reply.Of("Poste 201 créé")));
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(bot), ct);
        var activity = TestActivities.Message(connector.ServiceUrl, "créer");

        using var first = await host.PostActivityAsync(activity, cancellationToken: ct);
        using var again = await host.PostActivityAsync(activity, cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(bot.Turns);
        Assert.Single(connector.Activities);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_the_same_activity_run_the_turn_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(bot), ct);
        var activity = TestActivities.Message(connector.ServiceUrl, "créer");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.PostActivityAsync(activity, cancellationToken: ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(bot.Turns);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task After_a_failed_turn_the_redelivery_runs_it_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        var failures = 1;
        var bot = new ScriptedBot(_ => failures-- > 0 ? throw new StoreUnavailableException("store down") : TurnResponse.Empty);
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(bot), ct);
        var activity = TestActivities.Message(connector.ServiceUrl, "créer");

        using var first = await host.PostActivityAsync(activity, cancellationToken: ct);
        using var retry = await host.PostActivityAsync(activity, cancellationToken: ct);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, bot.Turns.Count);
    }

    [Fact]
    public async Task When_the_store_cannot_record_the_mark_the_turn_still_runs()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(bot).ConfigureServices(s => s.AddSingleton<IConversationStore>(new UnavailableStore())), ct);

        using var response = await host.PostActivityAsync(TestActivities.Message(connector.ServiceUrl, "aide"), cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns);
    }

    [Fact]
    public async Task The_mark_is_keyed_by_channel_conversation_and_activity_id_and_purged_after_a_day()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = new InMemoryConversationStore(time);
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(new ScriptedBot()).UseTimeProvider(time).ConfigureServices(s => s.AddSingleton<IConversationStore>(store)), ct);
        var activity = TestActivities.Message(connector.ServiceUrl, "créer");
        using var response = await host.PostActivityAsync(activity, cancellationToken: ct);
        var mark = $"activity|msteams|{TestActivities.ConversationId}|{activity["id"]!.GetValue<string>()}";
        Assert.Contains(mark, store.Ids);
        var purger = host.Services.GetServices<IHostedService>().OfType<ProcessedActivityPurgeService>().Single();

        time.Advance(TimeSpan.FromHours(23));
        await purger.PurgeOnceAsync(ct);
        Assert.Contains(mark, store.Ids);

        time.Advance(TimeSpan.FromHours(2));
        await purger.PurgeOnceAsync(ct);
        Assert.DoesNotContain(mark, store.Ids);
    }

    [Fact]
    public void Ids_a_document_store_cannot_hold_are_hashed_under_the_same_prefix()
    {
        var activity = new Activity
        {
            Id = "1",
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "19:" + new string('x', 300) + "/weird?#" },
        };

        var key = ActivityDeduplicator.KeyOf(activity)!;

        Assert.StartsWith(ActivityDeduplicator.Prefix, key);
        Assert.True(key.Length <= 250);
        Assert.Equal(-1, key.IndexOfAny(['/', '\\', '?', '#']));
        Assert.Equal(key, ActivityDeduplicator.KeyOf(activity));
    }

    private sealed class UnavailableStore : IConversationStore
    {
        public Task<Stored<T>?> GetAsync<T>(string id, CancellationToken cancellationToken) => throw Down();

        public Task<string> SaveAsync<T>(string id, T value, string? etag, CancellationToken cancellationToken) => throw Down();

        public Task<string> UpsertAsync<T>(string id, T value, CancellationToken cancellationToken) => throw Down();

        public Task DeleteAsync(string id, string? etag, CancellationToken cancellationToken) => throw Down();

        public Task<int> PurgeAsync(string idPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken) => throw Down();

        private static StoreUnavailableException Down() => new("the store is down");
    }
}
