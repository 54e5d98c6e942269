using System.Net;
using PbxBot.Playground.SampleData;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>The watermark is where the client stopped reading: a poll returns only later activities, and an empty one when nothing happened.</summary>
[Collection(DirectLineCollection.Name)]
public sealed class WatermarksReturnOnlyWhatIsNew(DirectLineHostFixture fixture)
{
    [Fact]
    public async Task A_second_poll_without_news_is_empty_and_keeps_the_watermark()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);
        var (_, first) = await client.PollAsync();
        var watermark = client.Watermark;

        var (status, second) = await client.PollAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Equal(watermark, client.Watermark);
    }

    [Fact]
    public async Task After_a_message_only_the_echo_and_the_replies_come()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);
        var (_, greeting) = await client.PollAsync();

        await client.SayAsync("aide", "client-1");
        var (_, news) = await client.PollAsync();

        Assert.Equal("client-1", news[0]!["channelData"].Str("clientActivityID"));
        Assert.DoesNotContain(news, a => greeting.Any(g => g.Str("id") == a.Str("id")));
        Assert.Equal(int.Parse(client.Watermark, System.Globalization.CultureInfo.InvariantCulture), greeting.Count + news.Count);
    }
}
