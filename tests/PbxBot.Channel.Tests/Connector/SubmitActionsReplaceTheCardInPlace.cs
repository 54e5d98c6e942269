using System.Text.Json.Nodes;
using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>Action.Submit arrives as a message replying to the card; the card is updated where it is (PUT).</summary>
public sealed class SubmitActionsReplaceTheCardInPlace(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Fact]
    public async Task The_acted_on_card_is_updated_then_the_replies_follow()
    {
        var (conversationId, activity) = Submit("card-message-7");
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Replacing(Replies.Card("1.2"), Reply.Of("Poste 201 créé")) : TurnResponse.Empty;

        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);
        var sent = Rig.Connector.Activities.Where(c => c.ConversationId == conversationId).ToList();

        Assert.Equal(2, sent.Count);
        Assert.Equal(ConnectorCallKind.UpdateActivity, sent[0].Kind);
        Assert.Equal("card-message-7", sent[0].ActivityId);
        Assert.Equal("card-message-7", sent[0].Body!["id"]!.GetValue<string>());
        Assert.Equal("1.2", sent[0].Body!["attachments"]![0]!["content"]!["version"]!.GetValue<string>());
        Assert.Equal(ConnectorCallKind.ReplyToActivity, sent[1].Kind);
        Assert.Equal("Poste 201 créé", sent[1].Text);
        Assert.Contains("créé", sent[1].RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_turn_carries_the_submitted_data_and_the_card_message_id()
    {
        var (conversationId, activity) = Submit("card-message-8");

        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);
        var turn = Assert.Single(Rig.Bot.Turns, t => t.Conversation.ConversationId == conversationId);

        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.False(turn.IsInvoke);
        Assert.Equal("card-message-8", turn.CardMessageId);
        Assert.Equal("201", turn.CardData!["number"]!.GetValue<string>());
        Assert.Equal("next", turn.CardData["verb"]!.GetValue<string>());
        Assert.Null(turn.Text);
    }

    [Fact]
    public async Task When_the_update_is_refused_the_card_is_sent_as_a_new_message()
    {
        var (conversationId, activity) = Submit("card-message-9");
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Replacing(Replies.Card("1.2")) : TurnResponse.Empty;
        Rig.Connector.FailNext(1, 400, "BadArgument", when: c => c.ConversationId == conversationId && c.Kind == ConnectorCallKind.UpdateActivity);

        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);
        var calls = Rig.Connector.Calls.Where(c => c.ConversationId == conversationId).ToList();

        Assert.Equal([ConnectorCallKind.UpdateActivity, ConnectorCallKind.ReplyToActivity], calls.Select(c => c.Kind));
        Assert.Equal(400, calls[0].Status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", calls[1].AttachmentType);
    }

    [Fact]
    public async Task When_the_user_blocked_the_bot_the_update_stops_delivery_and_the_request_still_succeeds()
    {
        var (conversationId, activity) = Submit("card-message-10");
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Replacing(Replies.Card(), Reply.Of("ok")) : TurnResponse.Empty;
        Rig.Connector.FailNext(5, 403, "ConversationBlockedByUser", when: c => c.ConversationId == conversationId);

        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ConnectorCallKind.UpdateActivity, Assert.Single(Rig.Connector.Calls, c => c.ConversationId == conversationId).Kind);
    }

    [Fact]
    public async Task A_replacement_card_without_a_card_to_replace_is_sent_as_a_new_message()
    {
        var conversationId = $"a:typed-{Guid.NewGuid():N}";
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "nouveau poste");
        activity["conversation"]!["id"] = conversationId;
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Replacing(Replies.Card()) : TurnResponse.Empty;

        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);

        var sent = Assert.Single(Rig.Connector.Activities, c => c.ConversationId == conversationId);
        Assert.Equal(ConnectorCallKind.ReplyToActivity, sent.Kind);
        Assert.Equal("application/vnd.microsoft.card.adaptive", sent.AttachmentType);
    }

    private (string ConversationId, JsonObject Activity) Submit(string cardMessageId)
    {
        var conversationId = $"a:submit-{Guid.NewGuid():N}";
        var activity = TestActivities.Submit(Rig.Connector.ServiceUrl, new JsonObject { ["verb"] = "next", ["number"] = "201" }, cardMessageId);
        activity["conversation"]!["id"] = conversationId;
        return (conversationId, activity);
    }
}
