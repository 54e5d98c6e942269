using System.Net;
using PbxBot.Playground.SampleData;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>
/// A posted activity comes back in the stream with its clientActivityID (how Web Chat marks it sent), and the turn
/// has run when the POST answers, its replies following the echo.
/// </summary>
[Collection(DirectLineCollection.Name)]
public sealed class PostedActivitiesAreEchoedAndAnswered(DirectLineHostFixture fixture)
{
    [Fact]
    public async Task Posting_returns_the_id_the_echo_carries_with_its_client_activity_id()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);
        await client.PollAsync();

        var (status, body) = await client.SayAsync("aide", "client-42");
        var (_, activities) = await client.PollAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var echo = activities[0]!;
        Assert.Equal(body.Str("id"), echo.Str("id"));
        Assert.Equal("client-42", echo["channelData"].Str("clientActivityID"));
        Assert.Equal("aide", echo.Str("text"));
        Assert.Equal("user", echo["from"].Str("role"));
        Assert.False(string.IsNullOrWhiteSpace(echo.Str("timestamp")));
    }

    [Fact]
    public async Task The_speaker_is_the_conversations_user_whatever_the_page_claims()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Helpdesk.Id);
        await client.PollAsync();

        await client.SayAsync("nouvelle extension", "client-1");
        var (_, activities) = await client.PollAsync();

        Assert.Equal(PlaygroundUsers.Helpdesk.Id, activities[0]!["from"].Str("id"));
        // The helpdesk may not create extensions: the bot says so instead of opening the wizard.
        Assert.DoesNotContain(activities.Skip(1), a => a!.Card()?.ToJsonString().Contains("\"number\"", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_bots_replies_follow_the_echo_as_replies_to_it_with_later_timestamps()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);
        await client.PollAsync();

        var (_, body) = await client.SayAsync("nouvelle extension", "client-7");
        var (_, activities) = await client.PollAsync();

        Assert.True(activities.Count >= 2);
        var replies = activities.Skip(1).ToList();
        Assert.All(replies, r => Assert.Equal(body.Str("id"), r.Str("replyToId")));
        var times = activities.Select(a => DateTimeOffset.Parse(a.Str("timestamp")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(times.Count, times.Distinct().Count());
    }

    [Fact]
    public async Task An_activity_without_a_type_is_refused_with_400()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);

        var (status, _) = await client.PostAsync(new() { ["text"] = "no type" }, null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task An_activity_with_a_field_of_the_wrong_kind_is_refused_with_400_and_nothing_is_echoed()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);
        await client.PollAsync();

        var (status, _) = await client.PostAsync(new() { ["type"] = "message", ["text"] = 5 }, null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var (_, since) = await client.PollAsync();
        Assert.Empty(since);
    }
}
