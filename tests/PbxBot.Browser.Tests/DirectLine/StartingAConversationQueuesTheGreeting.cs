using System.Net;
using PbxBot.Playground.SampleData;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>Web Chat sends no conversationUpdate: creating the conversation is what makes the bot say hello.</summary>
[Collection(DirectLineCollection.Name)]
public sealed class StartingAConversationQueuesTheGreeting(DirectLineHostFixture fixture)
{
    [Fact]
    public async Task Creating_a_conversation_answers_201_with_its_id_and_a_token()
    {
        using var client = fixture.Client();

        var (status, body) = await client.StartAsync(PlaygroundUsers.Admin.Id);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.False(string.IsNullOrWhiteSpace(body.Str("conversationId")));
        Assert.False(string.IsNullOrWhiteSpace(body.Str("token")));
        Assert.True(body!["expires_in"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_first_poll_holds_the_greeting_and_the_help_card_in_the_users_locale()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id, "en-US");

        var (status, activities) = await client.PollAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, activities.Count);
        Assert.All(activities, a => Assert.Equal("bot", a!["from"].Str("role")));
        Assert.StartsWith("Hello", activities[0].Str("text"), StringComparison.Ordinal);
        Assert.NotNull(activities[1]!.Card());
        // Nothing waits for an activity that is not in the stream (Web Chat would hold the greeting back 5 s).
        Assert.All(activities, a => Assert.Null(a.Str("replyToId")));
    }

    [Fact]
    public async Task The_greeting_is_for_the_user_the_page_named()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Helpdesk.Id);

        var (_, activities) = await client.PollAsync();

        Assert.All(activities, a => Assert.Equal(PlaygroundUsers.Helpdesk.Id, a!["recipient"].Str("id")));
        var help = activities[1]!.Card()!.ToJsonString();
        Assert.Contains("resend-welcome", help, StringComparison.Ordinal);
        Assert.DoesNotContain("create-extension", help, StringComparison.Ordinal);
    }
}
