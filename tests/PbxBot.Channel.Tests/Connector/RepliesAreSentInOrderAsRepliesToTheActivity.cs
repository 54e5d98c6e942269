using System.Net;
using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

public sealed class RepliesAreSentInOrderAsRepliesToTheActivity(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Fact]
    public async Task Each_reply_is_its_own_activity_in_order_and_text_never_shares_an_activity_with_a_card()
    {
        var ct = TestContext.Current.CancellationToken;
        var conversationId = $"a:order-{Guid.NewGuid():N}";
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId
            ? Replies.Of(Reply.Of("un"), Reply.Of(Replies.Card("1.4")), new Reply { Text = "deux", Card = Replies.Card("1.3") })
            : TurnResponse.Empty;
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "nouveau poste");
        activity["conversation"]!["id"] = conversationId;

        using var response = await Rig.PostAsync(activity, ct);
        await Rig.Connector.WaitForActivitiesAsync(4, Wait.Timeout);
        var sent = Rig.Connector.Activities.Where(c => c.ConversationId == conversationId).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(ct));
        Assert.Equal(["un", null, "deux", null], sent.Select(c => c.Text));
        Assert.Equal(["1.4", "1.3"], sent.Where(c => c.AttachmentType is not null).Select(c => c.Body!["attachments"]![0]!["content"]!["version"]!.GetValue<string>()));
        Assert.All(sent, c => Assert.False(c.Text is not null && c.AttachmentType is not null));
        Assert.All(sent.Where(c => c.AttachmentType is not null), c => Assert.Equal("application/vnd.microsoft.card.adaptive", c.AttachmentType));
    }

    [Fact]
    public async Task Replies_answer_the_incoming_activity_from_the_bot_to_the_user_in_the_users_locale()
    {
        var ct = TestContext.Current.CancellationToken;
        var conversationId = $"19:channel-{Guid.NewGuid():N}@thread.tacv2;messageid=1";
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Of(Reply.Of("bonjour")) : TurnResponse.Empty;
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");
        activity["conversation"]!["id"] = conversationId;
        var activityId = activity["id"]!.GetValue<string>();

        using var response = await Rig.PostAsync(activity, ct);
        var reply = Assert.Single(Rig.Connector.Activities, c => c.ConversationId == conversationId);

        Assert.Equal(ConnectorCallKind.ReplyToActivity, reply.Kind);
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{activityId}", reply.Path);
        Assert.Equal(activityId, reply.ActivityId);
        Assert.Equal("message", reply.Body!["type"]!.GetValue<string>());
        Assert.Equal(activityId, reply.Body["replyToId"]!.GetValue<string>());
        Assert.Equal(TestActivities.BotId, reply.Body["from"]!["id"]!.GetValue<string>());
        Assert.Equal(TestActivities.BotName, reply.Body["from"]!["name"]!.GetValue<string>());
        Assert.Equal(TestActivities.UserId, reply.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(conversationId, reply.Body["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("fr-FR", reply.Body["locale"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_an_incoming_activity_id_replies_are_posted_to_the_conversation()
    {
        var ct = TestContext.Current.CancellationToken;
        var conversationId = $"a:noid-{Guid.NewGuid():N}";
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Of(Reply.Of("bonjour")) : TurnResponse.Empty;
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");
        activity["conversation"]!["id"] = conversationId;
        activity.Remove("id");

        using var response = await Rig.PostAsync(activity, ct);

        Assert.Equal(ConnectorCallKind.SendToConversation, Assert.Single(Rig.Connector.Activities, c => c.ConversationId == conversationId).Kind);
    }
}
