using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>
/// After a submit the card is updated in place: in the invoke answer on Teams, by a message update (PUT) in Web Chat —
/// and once more, by the outbox, when the PBX has applied the change.
/// </summary>
public sealed class TheConfirmationReplacesTheCard : ConversationTest
{
    [Fact]
    public async Task InTeamsTheInvokeAnswerCarriesTheConfirmationCard()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var review = await admin.ToExtensionReviewAsync(new Dictionary<string, string> { ["did"] = TestPbx.Dids[0] });
        var sentBefore = Bot.Connector.Calls.Count(c => c.Kind != ConnectorCallKind.Token);

        var turn = await admin.PressAsync(Wizards.Confirm);

        Assert.Equal(200, turn.Status);
        // The invoke's answer; the outbox's refresh of the same card may already have followed it.
        var confirmation = turn.Cards[0];
        Assert.Equal(review.ActivityId, confirmation.ActivityId);
        Assert.Contains("Extension 103 : envoi au PBX…", confirmation.Text);
        Assert.Contains("Ada Lovelace", confirmation.Text);
        Assert.Contains(TestPbx.Dids[0], confirmation.Text);
        Assert.Empty(confirmation.Buttons);
        // Then the outbox applies it (to the demo PBX) and updates that same card: one PUT, no new message.
        var applied = await admin.WaitForAppliedAsync(confirmation);
        Assert.Contains("Extension 103 créée", applied.Text);
        Assert.Contains("Ada Lovelace", applied.Text);
        Assert.Contains("Général", applied.Text);
        Assert.Contains(TestPbx.Dids[0], applied.Text);
        Assert.Contains("ada@dupont.example", applied.Text);
        Assert.Contains("PBX de démonstration : rien n'est envoyé à un 3CX", applied.Text);
        Assert.Empty(applied.Buttons);
        Assert.Equal(sentBefore + 1, Bot.Connector.Calls.Count(c => c.Kind != ConnectorCallKind.Token));
        Assert.Equal(review.ActivityId, Bot.Connector.Calls.Last(c => c.Kind != ConnectorCallKind.Token).ActivityId);
    }

    [Fact]
    public async Task InWebChatTheReviewMessageIsUpdatedInPlace()
    {
        var admin = Bot.WebChatUser(TestPbx.Users.Admin);
        var review = await admin.ToExtensionReviewAsync();
        Assert.Equal("Action.Submit", review.Button(Wizards.Confirm)["type"]!.GetValue<string>());

        await admin.PressAsync(Wizards.Confirm);

        var update = Bot.Connector.Calls.Last(c => c.Kind == ConnectorCallKind.UpdateActivity);
        Assert.Equal(review.ActivityId, update.ActivityId);
        var applied = await admin.WaitForAppliedAsync();
        Assert.Contains("Extension 103 créée", applied.Text);
        Assert.Equal(review.ActivityId, applied.ActivityId);
    }

    [Fact]
    public async Task EveryStepReplacesThePreviousCardRatherThanAddingOne()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");
        var first = admin.LastCard!;

        await admin.PressAsync(Wizards.Next, Wizards.Ada());
        await admin.PressAsync(Wizards.Next);

        Assert.Equal(first.ActivityId, admin.LastCard!.ActivityId);
        Assert.Single(admin.Cards);
        Assert.Equal("Action.Execute", admin.LastCard.Button(Wizards.Confirm)["type"]!.GetValue<string>());
    }
}
