using System.Net;
using System.Text.Json.Nodes;
using PbxBot.Channel.Activities;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Protocol;

/// <summary>In channels and group chats Teams writes <c>&lt;at&gt;PbxBot&lt;/at&gt;</c> into the text; the wizards want the words.</summary>
public sealed class BotMentionsAreStripped
{
    private static Activity Message(string text, params (string Id, string Markup)[] mentions) => new()
    {
        Type = "message",
        Text = text,
        Recipient = new ChannelAccount { Id = TestActivities.BotId },
        Entities = [.. mentions.Select(m => new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = m.Id }, Text = m.Markup })],
    };

    [Fact]
    public void The_bots_mention_is_removed_and_the_text_trimmed() =>
        Assert.Equal("nouveau poste", Mentions.TextWithoutBotMentions(Message("<at>PbxBot</at> nouveau poste ", (TestActivities.BotId, "<at>PbxBot</at>"))));

    [Fact]
    public void Mentions_of_other_people_are_kept() =>
        Assert.Equal("poste pour <at>Léa</at>", Mentions.TextWithoutBotMentions(Message("<at>PbxBot</at> poste pour <at>Léa</at>", (TestActivities.BotId, "<at>PbxBot</at>"), ("29:lea", "<at>Léa</at>"))));

    [Fact]
    public void Text_without_mention_entities_is_only_trimmed() =>
        Assert.Equal("<at>PbxBot</at> aide", Mentions.TextWithoutBotMentions(Message(" <at>PbxBot</at> aide ")));

    [Fact]
    public void A_mention_without_markup_changes_nothing() =>
        Assert.Equal("aide", Mentions.TextWithoutBotMentions(Message("aide", (TestActivities.BotId, ""))));

    [Fact]
    public async Task A_channel_message_reaches_the_bot_without_the_mention()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        var bot = new ScriptedBot();
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(bot), ct);
        var activity = TestActivities.Message(connector.ServiceUrl, "<at>PbxBot</at> nouveau service")
            .With("entities", new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>PbxBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "PbxBot" },
            }));
        activity["conversation"]!["conversationType"] = "channel";

        using var response = await host.PostActivityAsync(activity, cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nouveau service", Assert.Single(bot.Turns).Text);
    }
}
