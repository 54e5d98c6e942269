using System.Text.Json.Nodes;
using PbxBot.Testing.Cards;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// PROTOCOL.md: an adaptiveCard/action invoke is answered 200 with
/// <c>{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":card}</c>; every card of the
/// request flow — the refreshed ones included — passes the official Adaptive Cards renderer.
/// </summary>
public sealed class TheInvokeResponseIsACardThatPassesTheRenderer : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task EveryCardOfTheFlowHasTheProtocolShape_AndPassesTheRenderer()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        var owner = bot.User(TestPbx.Users.Owner);
        await admin.InstallAsync();
        await owner.InstallAsync();
        var manager = bot.User(TestPbx.Users.Manager);
        var cards = new List<(string, JsonObject)>();
        var invokes = new List<TurnResult>();

        var approvedRequest = await manager.SubmitAsync(bot, "Ada", "Lovelace");
        cards.Add(("submitted", manager.SubmittedCard(approvedRequest).Json));
        var approvalCard = await admin.ApprovalCardAsync(approvedRequest);
        cards.Add(("approval card", approvalCard.Json));
        var refresh = await admin.RefreshAsync(approvalCard);
        invokes.Add(refresh);
        cards.Add(("refresh while pending", refresh.InvokeCard().Json));
        var noReason = await admin.PressAsync(RequestSteps.Reject, card: approvalCard);
        invokes.Add(noReason);
        cards.Add(("reason required", noReason.InvokeCard().Json));
        var approved = await admin.PressAsync(RequestSteps.Approve, card: approvalCard);
        invokes.Add(approved);
        cards.Add(("approved", approved.InvokeCard().Json));
        var ownersCard = await owner.WaitForCardAsync(c => c.Text.Contains("Approuvée par", StringComparison.Ordinal));
        cards.Add(("refreshed for the other approver", ownersCard.Json));
        var refreshedAfter = await owner.RefreshAsync(ownersCard);
        invokes.Add(refreshedAfter);
        cards.Add(("refresh once decided", refreshedAfter.InvokeCard().Json));
        cards.Add(("outcome", (await manager.WaitForCardAsync(c => c.Text.Contains("Votre demande", StringComparison.Ordinal))).Json));

        var rejectedRequest = await manager.SubmitAsync(bot, "Grace", "Hopper");
        var rejected = await admin.PressAsync(RequestSteps.Reject, new Dictionary<string, string> { ["rejectionReason"] = "Non" }, await admin.ApprovalCardAsync(rejectedRequest));
        invokes.Add(rejected);
        cards.Add(("rejected", rejected.InvokeCard().Json));
        var cancelledRequest = await manager.SubmitAsync(bot, "Alan", "Turing");
        var cancelled = await manager.PressAsync(RequestSteps.CancelRequest, card: manager.SubmittedCard(cancelledRequest));
        invokes.Add(cancelled);
        cards.Add(("cancelled", cancelled.InvokeCard().Json));
        cards.Add(("my requests", (await manager.SayAsync("mes demandes")).Cards.Single(c => c.Text.StartsWith("Mes demandes", StringComparison.Ordinal)).Json));
        var notFound = await admin.ForgeAsync("request.approve", "pbx-nowhere", cancelledRequest.Id);
        invokes.Add(notFound);
        cards.Add(("not found", notFound.InvokeCard().Json));

        Assert.All(invokes, r =>
        {
            Assert.Equal(200, r.Status);
            var body = JsonNode.Parse(r.Body)!.AsObject();
            Assert.Equal(["statusCode", "type", "value"], body.Select(p => p.Key).Order());
            Assert.Equal(200, body["statusCode"]!.GetValue<int>());
            Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
            Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
            Assert.Equal("1.5", body["value"]!["version"]!.GetValue<string>());
        });
        var verdicts = await AdaptiveCardsOracle.ValidateAsync(cards, ct);
        Assert.All(verdicts, v => Assert.True(v.Passes, v.ToString()));
    }
}
