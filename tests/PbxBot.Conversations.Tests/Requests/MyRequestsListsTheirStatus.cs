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

        var list = Assert.Single(listed.Cards);
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

        Assert.Contains(request.Reference, Assert.Single(listed.Cards).Text);
        Assert.Contains("Waiting for approval", listed.Cards[0].Text);
    }

    [Fact]
    public async Task AnAdminListsThePendingRequestsOfTheirPbx_AndCanDecideFromThere()
    {
        var manager = bot.User(TestPbx.Users.Manager);
        var first = await manager.SubmitAsync(bot, "Ada", "Lovelace");
        var second = await manager.SubmitAsync(bot, "Grace", "Hopper");
        var admin = bot.User(TestPbx.Users.Admin);

        var listed = await admin.SayAsync("demandes en attente");

        Assert.Equal(2, listed.Cards.Count);
        Assert.Contains(first.Reference, listed.Cards[0].Text);
        Assert.Contains(second.Reference, listed.Cards[1].Text);
        var approved = await admin.PressAsync(RequestSteps.Approve, card: listed.Cards[0]);
        Assert.Contains("Approuvée", approved.InvokeCard().Text);
        var again = await admin.SayAsync("pending requests");
        Assert.Contains(second.Reference, Assert.Single(again.Cards).Text);
    }

    [Fact]
    public async Task AManagerHasNoPendingListToDecide()
    {
        await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var listed = await bot.User(TestPbx.Users.Manager).SayAsync("demandes en attente");

        Assert.DoesNotContain(listed.Cards, c => c.HasButton(RequestSteps.Approve));
    }
}
