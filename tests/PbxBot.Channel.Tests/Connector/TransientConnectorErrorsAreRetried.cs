using System.Net;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>Teams throttles (429) and has transient failures (412, 502, 503, 504): retried with backoff, honouring Retry-After.</summary>
public sealed class TransientConnectorErrorsAreRetried(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Fact]
    public async Task A_throttled_send_is_retried_after_the_retry_after_delay()
    {
        var conversationId = Scenario();
        Rig.Connector.FailNext(1, 429, "Throttled", retryAfter: "1", when: c => c.ConversationId == conversationId);

        var calls = await SendOneReplyAsync(conversationId);

        Assert.Equal([429, 200], calls.Select(c => c.Status));
        // The configured backoff is 10 ms: a second's gap is the Connector's Retry-After being honoured.
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), $"retried after {calls[1].ReceivedAt - calls[0].ReceivedAt}");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_transient_failure_is_retried_until_it_succeeds(int status)
    {
        var conversationId = Scenario();
        Rig.Connector.FailNext(2, status, when: c => c.ConversationId == conversationId);

        var calls = await SendOneReplyAsync(conversationId);

        Assert.Equal([status, status, 200], calls.Select(c => c.Status));
        Assert.Equal(calls[0].Body!.ToJsonString(), calls[2].Body!.ToJsonString());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(413)]
    public async Task A_request_the_connector_refuses_is_not_retried(int status)
    {
        var conversationId = Scenario();
        Rig.Connector.FailNext(1, status, "BadArgument", when: c => c.ConversationId == conversationId);

        var calls = await SendOneReplyAsync(conversationId);

        Assert.Equal([status], calls.Select(c => c.Status));
        Assert.Contains(Rig.Host.Logs.Records, r => r.Level == LogLevel.Error && r.Message.Contains(conversationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts_and_the_request_is_still_answered()
    {
        var conversationId = Scenario();
        Rig.Connector.FailNext(100, 503, when: c => c.ConversationId == conversationId);

        var calls = await SendOneReplyAsync(conversationId);

        Assert.Equal(4, calls.Count);
    }

    private string Scenario()
    {
        var conversationId = $"a:retry-{Guid.NewGuid():N}";
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Of(Reply.Of("bonjour")) : TurnResponse.Empty;
        return conversationId;
    }

    /// <summary>Posts a message whose turn sends one reply; returns the Connector calls it caused (the request waits for them).</summary>
    private async Task<List<ConnectorCall>> SendOneReplyAsync(string conversationId)
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");
        activity["conversation"]!["id"] = conversationId;
        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. Rig.Connector.Calls.Where(c => c.ConversationId == conversationId)];
    }
}
