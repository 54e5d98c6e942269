using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Activities;
using PbxBot.Channel.Connector;
using PbxBot.Channel.Turns;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Endpoints;

/// <summary>
/// The playground's Direct Line runs turns in-process: its activities go through the same mapping and delivery,
/// and replies for its conversations land in its own sink instead of an HTTP Connector.
/// </summary>
public sealed class LocalChannelsReuseTheTurnPipeline
{
    private const string LocalServiceUrl = "http://playground.local/";

    [Fact]
    public async Task An_activity_processed_in_process_has_its_replies_delivered_to_the_local_sink()
    {
        var ct = TestContext.Current.CancellationToken;
        var sink = new RecordingSink();
        var bot = new ScriptedBot(_ => Replies.Of(Reply.Of("bonjour"), Reply.Of(Replies.Card())));
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(bot).ConfigureServices(s => s.AddSingleton<IActivitySink>(sink)), ct);
        var activity = TestActivities.Parse(TestActivities.Message(LocalServiceUrl, "aide", "playground"));

        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ActivityProcessor>().ProcessAsync(activity, authenticated: false, ct);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("aide", Assert.Single(bot.Turns).Text);
        Assert.Equal(["bonjour", null], sink.Sent.Select(a => a.Text));
        Assert.All(sink.Sent, a => Assert.Equal(activity.Id, a.ReplyToId));
    }

    [Fact]
    public async Task Proactive_messages_to_a_local_conversation_go_to_its_sink_and_others_to_the_connector()
    {
        var ct = TestContext.Current.CancellationToken;
        var sink = new RecordingSink();
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(new ScriptedBot()).ConfigureServices(s => s.AddSingleton<IActivitySink>(sink)), ct);
        var messenger = host.Services.GetRequiredService<IProactiveMessenger>();

        await messenger.SendAsync(Reference("playground", LocalServiceUrl), Reply.Of("à vous"), ct);
        await messenger.SendAsync(Reference("msteams", connector.ServiceUrl), Reply.Of("à Teams"), ct);

        Assert.Equal("à vous", Assert.Single(sink.Sent).Text);
        Assert.Equal("à Teams", Assert.Single(connector.Activities).Text);
    }

    [Fact]
    public async Task Http_activities_of_the_local_channel_are_answered_through_its_sink_too()
    {
        var ct = TestContext.Current.CancellationToken;
        var sink = new RecordingSink();
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(new ScriptedBot(_ => Replies.Of(Reply.Of("bonjour")))).ConfigureServices(s => s.AddSingleton<IActivitySink>(sink)), ct);

        using var response = await host.PostActivityAsync(TestActivities.Message(LocalServiceUrl, "aide", "playground"), cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bonjour", Assert.Single(sink.Sent).Text);
    }

    private static ConversationReference Reference(string channelId, string serviceUrl) => new()
    {
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        ConversationId = "c-1",
        BotId = TestActivities.BotId,
        UserChannelId = "u-1",
    };

    private sealed class RecordingSink : IActivitySink
    {
        private readonly ConcurrentQueue<Activity> sent = new();

        public IReadOnlyList<Activity> Sent => [.. sent];

        public bool Accepts(ConversationReference conversation) => conversation.ChannelId == "playground";

        public Task<string?> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken)
        {
            sent.Enqueue(activity);
            return Task.FromResult<string?>($"local-{sent.Count}");
        }

        public Task UpdateAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<ConversationReference> CreatePersonalConversationAsync(ConversationReference anyConversationOfTenant, string userChannelId, CancellationToken cancellationToken) =>
            Task.FromResult(anyConversationOfTenant with { ConversationId = $"local-{userChannelId}" });
    }
}
