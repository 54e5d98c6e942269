using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// Issue A.3: the number the manager asked for may have been taken between the request and the approval; the
/// approver is then offered the next free one instead of a dead end.
/// </summary>
public sealed class ATakenNumberOffersTheNextFreeOneAtApproval : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheApproverIsOfferedTheNextFreeNumber_AndApprovingWithItCreatesTheExtension()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot, number: "105");
        Assert.Equal("105", request.Draft.Number);
        var card = await admin.ApprovalCardAsync(request);
        await TakeNumberAsync("105");

        var first = await admin.PressAsync(RequestSteps.Approve, card: card);

        var offer = first.InvokeCard();
        Assert.Contains("105", offer.Text);
        Assert.True(offer.HasButton("Approuver avec le 103"), offer.ToString());
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);

        var second = await admin.PressAsync("Approuver avec le 103", card: offer);

        Assert.Contains("Approuvée par Alice Admin", second.InvokeCard().Text);
        Assert.Equal("Lovelace", (await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct))!.Value.LastName);
        Assert.Equal("Nobel", (await bot.Repository.GetExtensionAsync(TestPbx.Id, "105", ct))!.Value.LastName);
        Assert.Equal("103", (await bot.ReloadAsync(request)).CreatedNumber);
    }

    [Fact]
    public async Task AFirstFreeRequestTakesTheNumberFreeAtTheMomentOfApproval()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var card = await admin.ApprovalCardAsync(request);
        await TakeNumberAsync("103");

        var approved = await admin.PressAsync(RequestSteps.Approve, card: card);

        Assert.Contains("104", approved.InvokeCard().Text);
        Assert.Equal("Lovelace", (await bot.Repository.GetExtensionAsync(TestPbx.Id, "104", ct))!.Value.LastName);
    }

    /// <summary>Someone else creates an extension with that number in the meantime (through the admin wizard).</summary>
    private async Task TakeNumberAsync(string number)
    {
        // The owner is an approver too: the request's card may arrive in their chat meanwhile, so each press names its card.
        var owner = bot.User(TestPbx.Users.Owner);
        var identity = (await owner.SayAsync("nouvelle extension")).Cards.Single(c => c.Inputs.ContainsKey("firstName"));
        var placement = (await owner.PressAsync("Suivant", new Dictionary<string, string> { ["number"] = number, ["firstName"] = "Alfred", ["lastName"] = "Nobel" }, identity)).InvokeCard();
        var review = (await owner.PressAsync("Suivant", card: WithId(placement, identity))).InvokeCard();
        await owner.PressAsync("Confirmer", card: WithId(review, identity));
        Assert.NotNull(await bot.Repository.GetExtensionAsync(TestPbx.Id, number, TestContext.Current.CancellationToken));
    }

    /// <summary>An invoke's card replaces the pressed one: same message id.</summary>
    private static CardView WithId(CardView card, CardView replaced) => new(replaced.ActivityId, card.Json);
}
