using System.Net;
using System.Text.Json.Nodes;
using PbxBot.Application.Conversations;
using PbxBot.Cards;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>Action.Execute (Universal Actions): Teams waits for the replacing card in the HTTP response.</summary>
public sealed class ExecuteActionsAnswerWithTheCard(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Fact]
    public async Task The_invoke_response_is_exactly_the_adaptive_card_response_and_replies_go_through_the_connector()
    {
        var ct = TestContext.Current.CancellationToken;
        var (conversationId, activity) = Execute(automatic: false);
        var card = Replies.Card("1.5");
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Replacing(card, Reply.Of("Demande approuvée")) : TurnResponse.Empty;

        using var response = await Rig.PostAsync(activity, ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.card.adaptive", ["value"] = CardJson.ToJson(card) };
        Assert.True(JsonNode.DeepEquals(expected, body), body?.ToJsonString());
        var sent = Assert.Single(Rig.Connector.Activities, c => c.ConversationId == conversationId);
        Assert.Equal("Demande approuvée", sent.Text);
        Assert.Equal(ConnectorCallKind.ReplyToActivity, sent.Kind);
    }

    [Fact]
    public async Task Without_a_card_the_invoke_response_is_a_short_message()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, activity) = Execute(automatic: false);

        using var response = await Rig.PostAsync(activity, ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));

        var expected = new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = "OK" };
        Assert.True(JsonNode.DeepEquals(expected, body), body?.ToJsonString());
    }

    [Fact]
    public async Task Without_a_card_the_invoke_response_says_what_the_bot_replied()
    {
        var ct = TestContext.Current.CancellationToken;
        var (conversationId, activity) = Execute(automatic: false);
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId
            ? Replies.Of(Reply.Of("Cette carte appartient à un assistant terminé."), Reply.Of("Deuxième message"))
            : TurnResponse.Empty;

        using var response = await Rig.PostAsync(activity, ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));

        var expected = new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = "Cette carte appartient à un assistant terminé." };
        Assert.True(JsonNode.DeepEquals(expected, body), body?.ToJsonString());
        Assert.Equal(2, Rig.Connector.Activities.Count(c => c.ConversationId == conversationId));
    }

    [Fact]
    public async Task A_long_reply_is_cut_for_the_invoke_banner()
    {
        var ct = TestContext.Current.CancellationToken;
        var (conversationId, activity) = Execute(automatic: false);
        var text = new string('x', 500);
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Of(Reply.Of(text)) : TurnResponse.Empty;

        using var response = await Rig.PostAsync(activity, ct);
        var value = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!["value"]!.GetValue<string>();

        Assert.Equal(Turns.TurnDelivery.InvokeMessageMaxLength, value.Length);
        Assert.EndsWith("…", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_verb_joins_the_action_data_and_the_turn_is_an_invoke_from_a_universal_actions_client()
    {
        var (conversationId, activity) = Execute(automatic: false);

        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);
        var turn = Assert.Single(Rig.Bot.Turns, t => t.Conversation.ConversationId == conversationId);

        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.True(turn.IsInvoke);
        Assert.True(turn.SupportsUniversalActions);
        Assert.Equal("approve", turn.CardData!["verb"]!.GetValue<string>());
        Assert.Equal("r-42", turn.CardData["requestId"]!.GetValue<string>());
        Assert.Equal("card-message-3", turn.CardMessageId);
    }

    [Fact]
    public async Task An_automatic_trigger_is_a_card_refresh()
    {
        var (conversationId, activity) = Execute(automatic: true);

        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);

        Assert.Equal(TurnKind.CardRefresh, Assert.Single(Rig.Bot.Turns, t => t.Conversation.ConversationId == conversationId).Kind);
    }

    private (string ConversationId, JsonObject Activity) Execute(bool automatic)
    {
        var conversationId = $"a:execute-{Guid.NewGuid():N}";
        var activity = TestActivities.Execute(Rig.Connector.ServiceUrl, "approve", new JsonObject { ["requestId"] = "r-42" }, "card-message-3", automatic);
        activity["conversation"]!["id"] = conversationId;
        return (conversationId, activity);
    }
}
