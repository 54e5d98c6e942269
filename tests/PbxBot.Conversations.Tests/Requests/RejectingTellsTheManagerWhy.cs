using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>Issue A.3: Reject needs a reason; the manager is told it, and nothing is created.</summary>
public sealed class RejectingTellsTheManagerWhy : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheManagerReceivesTheReason_AndNoExtensionIsCreated()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var manager = bot.User(TestPbx.Users.Manager);
        var request = await manager.SubmitAsync(bot);
        var card = await admin.ApprovalCardAsync(request);

        var rejected = await admin.PressAsync(RequestSteps.Reject, new Dictionary<string, string> { ["rejectionReason"] = "Budget gelé jusqu'en mars" }, card);

        Assert.Contains("Refusée par Alice Admin", rejected.InvokeCard().Text);
        Assert.Contains("Budget gelé jusqu'en mars", rejected.InvokeCard().Text);
        var stored = await bot.ReloadAsync(request);
        Assert.Equal((RequestStatus.Rejected, "Budget gelé jusqu'en mars", TestPbx.Users.Admin.Id), (stored.Status, stored.RejectionReason, stored.DecidedBy));
        var outcome = await manager.WaitForCardAsync(c => c.Text.Contains("Votre demande " + request.Reference, StringComparison.Ordinal));
        Assert.Contains("Budget gelé jusqu'en mars", outcome.Text);
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct));
    }

    [Fact]
    public async Task WithoutAReasonTheRequestStaysPending_AndTheCardAsksForIt()
    {
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var card = await admin.ApprovalCardAsync(request);

        var rejected = await admin.PressAsync(RequestSteps.Reject, new Dictionary<string, string> { ["rejectionReason"] = "  " }, card);

        var shown = rejected.InvokeCard();
        Assert.Contains("motif", shown.ErrorFor("request"), StringComparison.OrdinalIgnoreCase);
        Assert.True(shown.HasButton(RequestSteps.Reject));
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }
}
