using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Cancel at any step, by the button or by typing "annuler"/"cancel": nothing is saved and nothing is left to resume.</summary>
public sealed class CancelEndsTheWizard : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task TheCancelButtonReplacesTheCardAndSavesNothing(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        var placement = await admin.ToPlacementAsync();

        await admin.PressAsync(Wizards.Cancel);

        Assert.Equal(placement.ActivityId, admin.LastCard!.ActivityId);
        Assert.Contains("Assistant annulé : rien n'a été enregistré.", admin.LastCard.Text);
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }

    [Theory]
    [InlineData("annuler")]
    [InlineData("Annuler")]
    [InlineData("cancel")]
    [InlineData("stop")]
    public async Task TypingTheWordEndsItToo(string word)
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();

        var turn = await admin.SayAsync(word);

        Assert.Contains(turn.Texts, t => t.Contains("Assistant annulé", StringComparison.Ordinal));
        await admin.SayAsync("nouvelle extension");
        Assert.Equal("103", admin.LastCard!.Value("number"));
        Assert.Null(admin.LastCard.Value("firstName"));
    }

    [Fact]
    public async Task ACancelledWizardsCardAnswersThatItIsOver()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var placement = await admin.ToPlacementAsync();
        await admin.SayAsync("annuler");

        var turn = await admin.PressAsync(Wizards.Next, card: placement);

        Assert.Contains(turn.Texts, t => t.Contains("assistant terminé", StringComparison.Ordinal) && t.Contains("annulé", StringComparison.Ordinal));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }

    [Fact]
    public async Task CancellingWithNothingInProgressSaysSo()
    {
        var turn = await Bot.User(TestPbx.Users.Admin).SayAsync("annuler");

        Assert.Contains("Aucun assistant en cours.", turn.Texts);
    }
}
