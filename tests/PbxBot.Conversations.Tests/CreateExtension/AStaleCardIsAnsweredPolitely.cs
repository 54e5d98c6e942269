using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>An old card's button, pressed after the wizard moved on, is recognised: a polite answer, nothing changed.</summary>
public sealed class AStaleCardIsAnsweredPolitely : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task AnEarlierStepsCardIsNoLongerCurrent(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        await admin.SayAsync("nouvelle extension");
        var identity = admin.LastCard!;
        await admin.PressAsync(Wizards.Next, Wizards.Ada());
        var placement = admin.LastCard!;

        var turn = await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["firstName"] = "Mallory" }, card: identity);

        Assert.Contains(turn.Texts, t => t.Contains("Cette carte n'est plus d'actualité", StringComparison.Ordinal));
        await admin.PressAsync(Wizards.Next, card: placement);
        Assert.Contains("Ada Lovelace", admin.LastCard!.Text);
        Assert.DoesNotContain("Mallory", admin.LastCard.Text);
    }

    [Fact]
    public async Task TheReviewOfAFinishedWizardSaysWhatWasDoneAndNeverSavesAgain()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var review = await admin.ToExtensionReviewAsync();
        await admin.PressAsync(Wizards.Confirm);

        var turn = await admin.PressAsync(Wizards.Confirm, card: review);

        Assert.Contains(turn.Texts, t => t.Contains("Cette carte appartient à un assistant terminé : Extension 103 créée pour Ada Lovelace.", StringComparison.Ordinal));
        // In Teams the same words show in the banner on the pressed card (the invoke's message answer).
        Assert.Contains("assistant terminé", System.Text.Json.Nodes.JsonNode.Parse(turn.Body)!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "104", Ct));
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct), a => a.Action == "extension.created");
    }

    [Fact]
    public async Task ACardOfAnEarlierRunOfTheSameWizardIsStale()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var oldPlacement = await admin.ToPlacementAsync();
        await admin.SayAsync("annuler");
        await admin.ToPlacementAsync(new Dictionary<string, string> { ["firstName"] = "Grace", ["lastName"] = "Hopper" });

        var turn = await admin.PressAsync(Wizards.Next, card: oldPlacement);

        Assert.Contains(turn.Texts, t => t.Contains("assistant terminé", StringComparison.Ordinal));
        await admin.PressAsync(Wizards.Next);
        Assert.Contains("Grace Hopper", admin.LastCard!.Text);
    }
}
