using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>Issue A.4: once decided, a request stays decided: later presses only show who decided and when.</summary>
public sealed class ARequestIsDecidedOnce : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task ARejectionAfterTheApprovalChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var owner = bot.User(TestPbx.Users.Owner);
        var admin = bot.User(TestPbx.Users.Admin);
        await owner.InstallAsync();
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var ownersCard = await owner.ApprovalCardAsync(request);
        var adminsCard = await admin.ApprovalCardAsync(request);
        await admin.PressAsync(RequestSteps.Approve, card: adminsCard);

        var late = await owner.PressAsync(RequestSteps.Reject, new Dictionary<string, string> { ["rejectionReason"] = "Trop tard" }, ownersCard);

        Assert.Contains("Approuvée par Alice Admin", late.InvokeCard().Text);
        var stored = await bot.ReloadAsync(request);
        Assert.Equal((RequestStatus.Approved, TestPbx.Users.Admin.Id, (string?)null), (stored.Status, stored.DecidedBy, stored.RejectionReason));
    }

    [Fact]
    public async Task ASecondApprovalCreatesNoSecondExtension()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var card = await admin.ApprovalCardAsync(request);
        await admin.PressAsync(RequestSteps.Approve, card: card);

        var again = await admin.PressAsync(RequestSteps.Approve, card: card);

        Assert.Contains("Approuvée par Alice Admin", again.InvokeCard().Text);
        Assert.Single(await bot.Repository.SearchExtensionsAsync(TestPbx.Id, "Lovelace", 10, ct), e => e.LastName == "Lovelace");
        Assert.Single(await bot.Repository.ListAuditAsync(TestPbx.Id, 100, ct), a => a.Action == "request.approved");
    }
}
