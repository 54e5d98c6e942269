using Microsoft.Extensions.DependencyInjection;
using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>Approvals and outcomes reach people outside any turn, through their stored conversation reference.</summary>
public sealed class ProactiveMessagesUseTheConnector : IAsyncLifetime
{
    private BotFrameworkRig rig = null!;

    private IProactiveMessenger Messenger => rig.Host.Services.GetRequiredService<IProactiveMessenger>();

    private ConversationReference Reference => new()
    {
        ChannelId = "msteams",
        ServiceUrl = rig.Connector.ServiceUrl,
        ConversationId = "a:manager-personal-chat",
        ConversationType = "personal",
        TenantId = TestActivities.TenantId,
        BotId = TestActivities.BotId,
        BotName = TestActivities.BotName,
        UserChannelId = "29:manager",
    };

    // Proactive messages may follow a restart: the Connector is trusted through the allowlist, not an earlier activity.
    public async ValueTask InitializeAsync() =>
        rig = await BotFrameworkRig.StartAsync((host, r) => host.Settings["Bot:TrustedServiceUrls:0"] = r.Connector.ServiceUrl);

    public async ValueTask DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task A_message_is_posted_to_the_conversation_with_the_app_token_and_its_id_returned()
    {
        var id = await Messenger.SendAsync(Reference, Reply.Of("Votre demande de poste est approuvée"), TestContext.Current.CancellationToken);

        var sent = Assert.Single(rig.Connector.Activities);
        Assert.Equal(ConnectorCallKind.SendToConversation, sent.Kind);
        Assert.Equal(sent.AnsweredId, id);
        Assert.Equal("a:manager-personal-chat", sent.ConversationId);
        Assert.Equal("Votre demande de poste est approuvée", sent.Text);
        Assert.Equal(TestActivities.BotId, sent.Body!["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:manager", sent.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(TestActivities.TenantId, sent.Body["conversation"]!["tenantId"]!.GetValue<string>());
        Assert.Null(sent.Body["replyToId"]);
        Assert.StartsWith("Bearer token-", sent.Authorization);
    }

    [Fact]
    public async Task A_message_sent_earlier_is_replaced_in_place()
    {
        await Messenger.UpdateAsync(Reference, "activity-approval-card", Reply.Of(Replies.Card("1.1")), TestContext.Current.CancellationToken);

        var sent = Assert.Single(rig.Connector.Activities);
        Assert.Equal(ConnectorCallKind.UpdateActivity, sent.Kind);
        Assert.Equal("activity-approval-card", sent.ActivityId);
        Assert.Equal("1.1", sent.Body!["attachments"]![0]!["content"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_personal_chat_is_created_for_a_user_of_the_same_tenant()
    {
        var created = await Messenger.CreatePersonalConversationAsync(Reference, "29:approver", TestContext.Current.CancellationToken);

        var call = Assert.Single(rig.Connector.Calls, c => c.Kind == ConnectorCallKind.CreateConversation);
        Assert.Equal("/amer/v3/conversations", call.Path);
        Assert.Equal(TestActivities.BotId, call.Body!["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("29:approver", call.Body["members"]![0]!["id"]!.GetValue<string>());
        Assert.False(call.Body["isGroup"]!.GetValue<bool>());
        Assert.Equal(TestActivities.TenantId, call.Body["tenantId"]!.GetValue<string>());
        Assert.Equal(TestActivities.TenantId, call.Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.StartsWith("Bearer token-", call.Authorization);
        Assert.StartsWith("conversation-", created.ConversationId);
        Assert.Equal("personal", created.ConversationType);
        Assert.Equal("29:approver", created.UserChannelId);
        Assert.Equal(rig.Connector.ServiceUrl, created.ServiceUrl);
        Assert.Equal(TestActivities.TenantId, created.TenantId);
    }
}
