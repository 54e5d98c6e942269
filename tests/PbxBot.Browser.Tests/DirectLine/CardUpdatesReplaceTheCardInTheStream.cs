using System.Text.Json.Nodes;
using PbxBot.Playground.DirectLine;
using PbxBot.Playground.SampleData;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>
/// Web Chat posts a card's Action.Submit without replyToId, so each card's buttons carry the card's activity id; the
/// wizard's update then re-sends that activity — same id, same timestamp — and Web Chat shows it in place of the old
/// one, as Teams replaces a card.
/// </summary>
[Collection(DirectLineCollection.Name)]
public sealed class CardUpdatesReplaceTheCardInTheStream(DirectLineHostFixture fixture)
{
    [Fact]
    public async Task Every_button_of_a_card_names_the_cards_activity()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);
        await client.PollAsync();

        await client.SayAsync("nouvelle extension", "c-1");
        var (_, activities) = await client.PollAsync();
        var cardActivity = activities.Last(a => a!.Card() is not null)!;

        Assert.All(cardActivity.Card()!.Submits(), s => Assert.Equal(cardActivity.Str("id"), s["data"].Str(PlaygroundChannel.CardActivityKey)));
    }

    [Fact]
    public async Task A_submitted_card_comes_back_with_the_same_id_and_timestamp_showing_the_field_error()
    {
        using var client = fixture.Client();
        await client.StartAsync(PlaygroundUsers.Admin.Id);
        await client.PollAsync();
        await client.SayAsync("nouvelle extension", "c-1");
        var (_, activities) = await client.PollAsync();
        var original = activities.Last(a => a!.Card() is not null)!;
        var next = original.Card()!.Submits().Single(s => s.Str("title") == "Suivant");

        var value = new JsonObject { ["number"] = "112", ["firstName"] = "Ada", ["lastName"] = "Lovelace" };
        foreach (var (key, v) in next["data"]!.AsObject())
        {
            value[key] = v?.DeepClone();
        }
        await client.SubmitAsync(value, "c-2");
        var (_, news) = await client.PollAsync();

        var echo = news[0]!;
        Assert.Equal("c-2", echo["channelData"].Str("clientActivityID"));
        Assert.Null(echo["value"]![PlaygroundChannel.CardActivityKey]);
        var replaced = Assert.Single(news, a => a!.Card() is not null)!;
        Assert.Equal(original.Str("id"), replaced.Str("id"));
        Assert.Equal(original.Str("timestamp"), replaced.Str("timestamp"));
        Assert.Contains("112", replaced.Card()!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("urgence", replaced.Card()!.ToJsonString(), StringComparison.Ordinal);
    }
}
