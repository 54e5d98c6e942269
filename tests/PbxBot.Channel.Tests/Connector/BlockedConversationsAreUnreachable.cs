using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Connector;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>A user who blocked or removed the bot cannot be reached; retrying would never help.</summary>
public sealed class BlockedConversationsAreUnreachable(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(403, "BotDisabledByAdmin")]
    [InlineData(404, "ConversationNotFound")]
    public async Task A_proactive_send_fails_with_conversation_unreachable_without_retrying(int status, string code)
    {
        var reference = Reference();
        Rig.Connector.FailNext(1, status, code, when: c => c.ConversationId == reference.ConversationId);
        var messenger = Rig.Host.Services.GetRequiredService<IProactiveMessenger>();

        var error = await Assert.ThrowsAsync<ConversationUnreachableException>(
            () => messenger.SendAsync(reference, Reply.Of("Votre demande est approuvée"), TestContext.Current.CancellationToken));

        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Equal(status, Assert.IsType<ConnectorException>(error.InnerException).StatusCode);
        Assert.Single(Rig.Connector.Calls, c => c.ConversationId == reference.ConversationId);
    }

    [Fact]
    public async Task An_unknown_activity_is_a_connector_error_not_an_unreachable_conversation()
    {
        var reference = Reference();
        Rig.Connector.FailNext(1, 404, "ActivityNotFound", when: c => c.ConversationId == reference.ConversationId);
        var messenger = Rig.Host.Services.GetRequiredService<IProactiveMessenger>();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => messenger.UpdateAsync(reference, "gone", Reply.Of("x"), TestContext.Current.CancellationToken));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("ActivityNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task Replies_to_a_conversation_that_blocked_the_bot_do_not_fail_the_request()
    {
        var conversationId = $"a:blocked-{Guid.NewGuid():N}";
        Rig.Bot.Respond = turn => turn.Conversation.ConversationId == conversationId ? Replies.Of(Reply.Of("un"), Reply.Of("deux")) : TurnResponse.Empty;
        Rig.Connector.FailNext(5, 403, "ConversationBlockedByUser", when: c => c.ConversationId == conversationId);
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");
        activity["conversation"]!["id"] = conversationId;

        using var response = await Rig.PostAsync(activity, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The first refusal stops the delivery: the second reply is not attempted.
        Assert.Single(Rig.Connector.Calls, c => c.ConversationId == conversationId);
    }

    private ConversationReference Reference() => new()
    {
        ChannelId = "msteams",
        ServiceUrl = Rig.Connector.ServiceUrl,
        ConversationId = $"a:proactive-{Guid.NewGuid():N}",
        TenantId = TestActivities.TenantId,
        BotId = TestActivities.BotId,
        UserChannelId = "29:manager",
    };
}
