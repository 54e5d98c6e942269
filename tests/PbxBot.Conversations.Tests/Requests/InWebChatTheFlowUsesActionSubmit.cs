using PbxBot.Domain;
using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// Clients without Universal Actions (Web Chat, the Emulator) get Action.Submit buttons: the decision arrives as a
/// message and the card is replaced in place with an update, with the same server-side checks.
/// </summary>
public sealed class InWebChatTheFlowUsesActionSubmit : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheApprovalCardIsUpdatedInPlace_AndTheExtensionIsCreated()
    {
        var admin = bot.WebChatUser(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var manager = bot.WebChatUser(TestPbx.Users.Manager);
        await manager.SayAsync("demander une extension");
        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace" });
        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["reason"] = "Renfort" });
        await manager.PressAsync("Envoyer la demande");
        var request = (await bot.Repository.ListRequestsAsync(TestPbx.Id, null, manager.Id, 5, TestContext.Current.CancellationToken)).Single();
        var card = await admin.ApprovalCardAsync(request);
        Assert.All(card.Buttons, b => Assert.Equal("Action.Submit", b["type"]!.GetValue<string>()));
        Assert.Null(card.Json["refresh"]);

        var pressed = await admin.PressAsync(RequestSteps.Approve, card: card);

        Assert.Equal(200, pressed.Status);
        Assert.Contains(bot.Connector.Calls, c => c.Kind == ConnectorCallKind.UpdateActivity && c.ActivityId == card.ActivityId);
        Assert.Contains("Approuvée par Alice Admin", admin.Cards.Single(c => c.ActivityId == card.ActivityId).Text);
        Assert.Equal(RequestStatus.Approved, (await bot.ReloadAsync(request)).Status);
        await manager.WaitForCardAsync(c => c.Text.Contains("Votre demande " + request.Reference, StringComparison.Ordinal));
    }
}
