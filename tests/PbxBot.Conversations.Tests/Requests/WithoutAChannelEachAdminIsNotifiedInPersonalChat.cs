using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// Issue A.2: without an approval channel, each admin who may decide the request gets the card in their personal
/// chat — through the conversation reference stored when they installed the bot, or, when the bot only knows them
/// from a team channel, through a personal chat it opens with the Connector's create-conversation call.
/// </summary>
public sealed class WithoutAChannelEachAdminIsNotifiedInPersonalChat : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task EveryAdminOfTheDepartmentGetsTheCard_TheRequesterAndOthersDoNot()
    {
        var owner = bot.User(TestPbx.Users.Owner);
        var admin = bot.User(TestPbx.Users.Admin);
        var supportAdmin = bot.User(TestPbx.Users.SupportAdmin);
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);
        foreach (var user in new[] { owner, admin, supportAdmin, helpdesk })
        {
            await user.InstallAsync();
        }
        var manager = bot.User(TestPbx.Users.Manager);

        var request = await manager.SubmitAsync(bot);

        foreach (var approver in new[] { owner, admin, supportAdmin })
        {
            var card = await approver.ApprovalCardAsync(request);
            Assert.True(card.HasButton(RequestSteps.Reject));
            Assert.True(card.Inputs.ContainsKey("rejectionReason"));
        }
        helpdesk.Collect();
        manager.Collect();
        Assert.DoesNotContain(helpdesk.Cards.Concat(manager.Cards), c => c.HasButton(RequestSteps.Approve));
    }

    [Fact]
    public async Task AnAdminKnownOnlyFromATeamChannelIsReachedInANewPersonalChat()
    {
        await bot.InChannel(TestPbx.Users.Admin, "19:general@thread.tacv2;messageid=5").SayAsync("aide");
        var before = bot.Connector.Calls.Count;

        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var created = await WaitForCallAsync(c => c.Kind == ConnectorCallKind.CreateConversation);
        var body = created.Body!.AsObject();
        Assert.Equal("29:" + TestPbx.Users.Admin.Id, body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TestActivities.TenantId, body["tenantId"]?.GetValue<string>() ?? body["channelData"]?["tenant"]?["id"]?.GetValue<string>());
        var card = await WaitForCallAsync(c => c.Kind == ConnectorCallKind.SendToConversation && c.ConversationId == created.AnsweredId);
        Assert.Contains(request.Reference, card.RawBody);
        Assert.True(bot.Connector.Calls.Skip(before).Count(c => c.Kind == ConnectorCallKind.CreateConversation) == 1);
    }

    private async Task<ConnectorCall> WaitForCallAsync(Func<ConnectorCall, bool> match)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            if (bot.Connector.Calls.FirstOrDefault(match) is { } call)
            {
                return call;
            }
            Assert.True(DateTimeOffset.UtcNow < deadline, "The expected Connector call never came.");
            try
            {
                await bot.Connector.WaitForActivitiesAsync(bot.Connector.Activities.Count + 1, deadline - DateTimeOffset.UtcNow);
            }
            catch (TimeoutException)
            {
            }
        }
    }
}
