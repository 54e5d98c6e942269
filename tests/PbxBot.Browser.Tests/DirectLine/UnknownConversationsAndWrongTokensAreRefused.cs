using System.Net;
using PbxBot.Playground.SampleData;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>As Direct Line answers: an unknown conversation is 404 (Web Chat ends it), a token of another conversation 403.</summary>
[Collection(DirectLineCollection.Name)]
public sealed class UnknownConversationsAndWrongTokensAreRefused(DirectLineHostFixture fixture)
{
    [Fact]
    public async Task Polling_or_posting_to_an_unknown_conversation_is_404()
    {
        using var client = fixture.Client();

        var (poll, _) = await client.PollAsync("pg-nobody");
        var (post, _) = await client.SayAsync("aide", "c-1", "pg-nobody");

        Assert.Equal(HttpStatusCode.NotFound, poll);
        Assert.Equal(HttpStatusCode.NotFound, post);
    }

    [Fact]
    public async Task Another_conversations_token_is_403()
    {
        using var alice = fixture.Client();
        using var marc = fixture.Client();
        await alice.StartAsync(PlaygroundUsers.Admin.Id);
        await marc.StartAsync(PlaygroundUsers.Manager.Id);

        marc.Token = "undefined";
        var (undefinedToken, _) = await marc.PollAsync();
        marc.Token = alice.Token;
        var (othersToken, _) = await marc.PollAsync();
        var (post, _) = await marc.SayAsync("aide", "c-1");

        Assert.Equal(HttpStatusCode.Forbidden, undefinedToken);
        Assert.Equal(HttpStatusCode.Forbidden, othersToken);
        Assert.Equal(HttpStatusCode.Forbidden, post);
    }

    [Fact]
    public async Task Reconnecting_and_refreshing_the_token_keep_the_same_conversation()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);

        var (reconnect, conversation) = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark=", null, client.Token);
        var (refresh, refreshed) = await client.SendAsync(HttpMethod.Post, "tokens/refresh", null, client.Token);
        var (unknown, _) = await client.SendAsync(HttpMethod.Post, "tokens/refresh", null, "nope");

        Assert.Equal(HttpStatusCode.OK, reconnect);
        Assert.Equal(client.ConversationId, conversation.Str("conversationId"));
        Assert.Equal(HttpStatusCode.OK, refresh);
        Assert.Equal(client.Token, refreshed.Str("token"));
        Assert.Equal(HttpStatusCode.Forbidden, unknown);
    }
}
