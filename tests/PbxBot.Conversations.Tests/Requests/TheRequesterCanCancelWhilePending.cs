using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>Issue A.4: the requester — and only they — can cancel their request while it is pending.</summary>
public sealed class TheRequesterCanCancelWhilePending : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task CancellingUpdatesTheApproversCards_AndApprovingAfterwardsCreatesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var manager = bot.User(TestPbx.Users.Manager);
        var request = await manager.SubmitAsync(bot);
        var submitted = manager.SubmittedCard(request);
        var card = await admin.ApprovalCardAsync(request);

        var cancelled = await manager.PressAsync(RequestSteps.CancelRequest, card: submitted);

        Assert.Contains("Annulée", cancelled.InvokeCard().Text);
        Assert.Equal(RequestStatus.Cancelled, (await bot.ReloadAsync(request)).Status);
        await admin.WaitForCardAsync(c => c.ActivityId == card.ActivityId && c.Text.Contains("Annulée", StringComparison.Ordinal));

        var late = await admin.PressAsync(RequestSteps.Approve, card: card);

        Assert.Contains("Annulée", late.InvokeCard().Text);
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct));
    }

    [Fact]
    public async Task SomeoneElseCannotCancelIt()
    {
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var forged = await bot.User(TestPbx.Users.Admin).ForgeAsync("request.cancel", TestPbx.Id, request.Id);

        Assert.Contains(forged.Texts, t => t.Contains("demandeur", StringComparison.Ordinal));
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task AnApprovedRequestCanNoLongerBeCancelled()
    {
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var manager = bot.User(TestPbx.Users.Manager);
        var request = await manager.SubmitAsync(bot);
        var submitted = manager.SubmittedCard(request);
        await admin.PressAsync(RequestSteps.Approve, card: await admin.ApprovalCardAsync(request));

        var cancelled = await manager.PressAsync(RequestSteps.CancelRequest, card: submitted);

        Assert.Contains("Approuvée", cancelled.InvokeCard().Text);
        Assert.Equal(RequestStatus.Approved, (await bot.ReloadAsync(request)).Status);
    }
}
