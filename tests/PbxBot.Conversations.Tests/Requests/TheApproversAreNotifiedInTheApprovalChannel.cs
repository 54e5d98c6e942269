using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// Issue A.2: once a system admin said "utiliser ce canal pour les approbations" in a Teams team channel, requests
/// of their PBX are posted there (one card for everyone) instead of in each admin's personal chat.
/// </summary>
public sealed class TheApproversAreNotifiedInTheApprovalChannel : IAsyncLifetime
{
    private const string Channel = "19:approvals@thread.tacv2";
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheCardIsPostedInTheChannel_NotInPersonalChats_AndCanBeApprovedThere()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var said = await bot.InChannel(TestPbx.Users.Admin, $"{Channel};messageid=1700000000000").SayAsync("utiliser ce canal pour les approbations");
        Assert.Contains(TestPbx.Name, Assert.Single(said.Texts));
        Assert.Equal(Channel, (await bot.Repository.GetSettingsAsync(TestPbx.Id, ct))!.Value.ApprovalChannel!.ConversationId);
        Assert.Single(await bot.Repository.ListAuditAsync(TestPbx.Id, 50, ct), a => a.Action == "pbx.approval_channel" && a.ActorId == TestPbx.Users.Admin.Id);

        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var inChannel = bot.InChannel(TestPbx.Users.Admin, Channel);
        var card = await inChannel.ApprovalCardAsync(request);
        Assert.Contains("Marc Manager", card.Text);
        Assert.Contains("Ada Lovelace", card.Text);
        admin.Collect();
        Assert.DoesNotContain(admin.Cards, c => c.HasButton(RequestSteps.Approve));
        Assert.Contains(bot.Connector.Calls, c => c.Kind == ConnectorCallKind.SendToConversation && c.ConversationId == Channel);

        var approved = await inChannel.PressAsync(RequestSteps.Approve, card: card);

        Assert.Contains("Alice Admin", approved.InvokeCard().Text);
        Assert.NotNull(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct));
    }

    [Fact]
    public async Task ANonApproverPressingApproveInTheChannelIsAnsweredOnTheirCardOnly()
    {
        await bot.InChannel(TestPbx.Users.Admin, $"{Channel};messageid=1").SayAsync("utiliser ce canal pour les approbations");
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var helpdeskInChannel = bot.InChannel(TestPbx.Users.Helpdesk, Channel);
        var card = await helpdeskInChannel.ApprovalCardAsync(request);
        var postsBefore = bot.Connector.Calls.Count(c => c.ConversationId == Channel && c.Kind != ConnectorCallKind.UpdateActivity);

        var pressed = await helpdeskInChannel.PressAsync(RequestSteps.Approve, card: card);

        Assert.Contains("ne pouvez pas décider", pressed.InvokeCard().Text);
        Assert.Equal(postsBefore, bot.Connector.Calls.Count(c => c.ConversationId == Channel && c.Kind != ConnectorCallKind.UpdateActivity));
        Assert.Equal(Domain.RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task OnlyASystemAdminMayChooseTheChannel()
    {
        var ct = TestContext.Current.CancellationToken;

        var said = await bot.InChannel(TestPbx.Users.SupportAdmin, $"{Channel};messageid=1").SayAsync("utiliser ce canal pour les approbations");

        Assert.Contains("administrateurs système", Assert.Single(said.Texts));
        Assert.Null((await bot.Repository.GetSettingsAsync(TestPbx.Id, ct))!.Value.ApprovalChannel);
    }

    [Fact]
    public async Task InAPersonalChatTheCommandExplainsWhereToTypeIt()
    {
        var said = await bot.User(TestPbx.Users.Admin).SayAsync("utiliser ce canal pour les approbations");

        Assert.Contains("canal", Assert.Single(said.Texts));
        Assert.Null((await bot.Repository.GetSettingsAsync(TestPbx.Id, TestContext.Current.CancellationToken))!.Value.ApprovalChannel);
    }
}
