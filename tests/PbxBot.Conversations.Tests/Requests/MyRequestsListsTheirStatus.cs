using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>Issue A.5: "mes demandes" lists a manager's requests with their status; admins list the pending ones.</summary>
public sealed class MyRequestsListsTheirStatus : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheManagerSeesApprovedRejectedAndPending_WithCancelOnlyOnThePendingOne()
    {
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var manager = bot.User(TestPbx.Users.Manager);
        var approved = await manager.SubmitAsync(bot, "Ada", "Lovelace");
        var rejected = await manager.SubmitAsync(bot, "Grace", "Hopper");
        var pending = await manager.SubmitAsync(bot, "Alan", "Turing");
        await admin.PressAsync(RequestSteps.Approve, card: await admin.ApprovalCardAsync(approved));
        await admin.PressAsync(RequestSteps.Reject, new Dictionary<string, string> { ["rejectionReason"] = "Pas de budget" }, await admin.ApprovalCardAsync(rejected));

        var listed = await manager.SayAsync("mes demandes");

        var list = listed.Cards.Single(c => c.Text.StartsWith("Mes demandes", StringComparison.Ordinal));
        Assert.Contains($"{approved.Reference} — Ada Lovelace", list.Text);
        Assert.Contains("Approuvée par Alice Admin", list.Text);
        Assert.Contains("Refusée par Alice Admin", list.Text);
        Assert.Contains("Pas de budget", list.Text);
        Assert.Contains($"{pending.Reference} — Alan Turing", list.Text);
        Assert.Contains("En attente", list.Text);
        Assert.Single(list.Buttons, b => b["title"]?.GetValue<string>() == RequestSteps.CancelRequest);
    }

    [Fact]
    public async Task InEnglishToo()
    {
        var manager = bot.User(TestPbx.Users.Manager, "en-US");
        var request = await manager.SubmitAsync(bot);

        var listed = await manager.SayAsync("my requests");

        var list = listed.Cards.Single(c => c.Text.StartsWith("My requests", StringComparison.Ordinal));
        Assert.Contains(request.Reference, list.Text);
        Assert.Contains("Waiting for approval", list.Text);
    }

    [Fact]
    public async Task AManagerAskingForPendingRequestsSeesTheirOwn()
    {
        var manager = bot.User(TestPbx.Users.Manager);
        var request = await manager.SubmitAsync(bot, "Alan", "Turing");

        var listed = await manager.SayAsync("mes demandes en attente");

        var list = listed.Cards.Single(c => c.Text.StartsWith("Mes demandes", StringComparison.Ordinal));
        Assert.Contains($"{request.Reference} — Alan Turing", list.Text);
    }

    [Fact]
    public async Task AnAdminAskingForTheirPendingRequestsGetsTheOnesToApprove()
    {
        var manager = bot.User(TestPbx.Users.Manager);
        var request = await manager.SubmitAsync(bot, "Alan", "Turing");

        var listed = await bot.User(TestPbx.Users.Admin).SayAsync("mes demandes en attente");

        Assert.Contains(listed.Cards, c => c.Text.Contains(request.Reference, StringComparison.Ordinal) && c.HasButton(RequestSteps.Approve));
    }

    [Fact]
    public async Task AnAdminListsThePendingRequestsOfTheirPbx_AndCanDecideFromThere()
    {
        var manager = bot.User(TestPbx.Users.Manager);
        var first = await manager.SubmitAsync(bot, "Ada", "Lovelace");
        var second = await manager.SubmitAsync(bot, "Grace", "Hopper");
        var admin = bot.User(TestPbx.Users.Admin);

        var listed = await admin.SayAsync("demandes en attente");

        // (Proactive approval cards may arrive in the same chat: only what the cards say matters.)
        var shown = listed.Cards.Where(c => c.HasButton(RequestSteps.Approve)).ToArray();
        Assert.Contains(shown, c => c.Text.Contains(second.Reference, StringComparison.Ordinal));
        var approved = await admin.PressAsync(RequestSteps.Approve, card: shown.First(c => c.Text.Contains(first.Reference, StringComparison.Ordinal)));
        Assert.Contains("Approuvée", approved.InvokeCard().Text);
        var again = (await admin.SayAsync("pending requests")).Cards.Where(c => c.HasButton(RequestSteps.Approve)).ToArray();
        Assert.NotEmpty(again);
        Assert.All(again, c => Assert.Contains(second.Reference, c.Text));
    }

    [Fact]
    public async Task AManagerHasNoPendingListToDecide()
    {
        await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var listed = await bot.User(TestPbx.Users.Manager).SayAsync("demandes en attente");

        Assert.DoesNotContain(listed.Cards, c => c.HasButton(RequestSteps.Approve));
    }
}
