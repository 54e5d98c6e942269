using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Connector;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Endpoints;

public sealed class BotFailuresAnswer500AndTheHostKeepsServing
{
    [Fact]
    public async Task A_bot_exception_is_logged_answered_500_and_the_next_activity_is_served()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        var bot = new ScriptedBot(turn => turn.Text == "boom" ? throw new InvalidOperationException("wizard exploded") : Replies.Of(Reply.Of("bonjour")));
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(bot), ct);

        using var failed = await host.PostActivityAsync(TestActivities.Message(connector.ServiceUrl, "boom"), cancellationToken: ct);
        using var next = await host.PostActivityAsync(TestActivities.Message(connector.ServiceUrl, "aide"), cancellationToken: ct);
        using var health = await host.Http.GetAsync("healthz", ct);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Empty(await failed.Content.ReadAsByteArrayAsync(ct));
        Assert.Contains(host.Logs.Records, r => r.Level == LogLevel.Error && r.Exception?.Message == "wizard exploded");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("bonjour", Assert.Single(connector.Activities).Text);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_failing_invoke_answers_500_with_the_teams_error_body()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(new ScriptedBot(_ => throw new InvalidOperationException("no"))), ct);

        using var response = await host.PostActivityAsync(TestActivities.Execute(connector.ServiceUrl, "approve", [], "card-1"), cancellationToken: ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(500, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("InternalServerError", body["value"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("no", body["value"]!["message"]!.GetValue<string>().Split(' '));
    }

    [Fact]
    public async Task An_unexpected_failure_after_the_turn_answers_a_bare_500_without_internals()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await TestBotHost.StartAsync(
            h => h.UseBot(new ScriptedBot(_ => Replies.Of(Reply.Of("bonjour"))))
                .ConfigureServices(s => s.AddSingleton<IActivitySink>(new ThrowingSink())),
            ct);

        using var response = await host.PostActivityAsync(TestActivities.Message("http://local.invalid/", "aide", "local"), cancellationToken: ct);
        using var health = await host.Http.GetAsync("healthz", ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(ct));
        Assert.Contains(host.Logs.Records, r => r.Level == LogLevel.Error && r.Exception?.Message == "sink broke");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private sealed class ThrowingSink : IActivitySink
    {
        public bool Accepts(ConversationReference conversation) => true;

        public Task<string?> SendAsync(ConversationReference conversation, PbxBot.Channel.Activities.Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("sink broke");

        public Task UpdateAsync(ConversationReference conversation, PbxBot.Channel.Activities.Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("sink broke");

        public Task<ConversationReference> CreatePersonalConversationAsync(ConversationReference anyConversationOfTenant, string userChannelId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("sink broke");
    }
}
