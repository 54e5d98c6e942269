using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Deny by default: someone without a grant only learns how to get access, and the id to pass on.</summary>
public sealed class AStrangerSeesHowToGetAccess : ConversationTest
{
    [Theory]
    [InlineData("nouvelle extension")]
    [InlineData("créer un département")]
    [InlineData("horaires du support")]
    [InlineData("aide")]
    public async Task AnyCommandIsAnsweredWithTheAccessCard(string command)
    {
        var stranger = Bot.User(TestPbx.Users.Stranger);

        var turn = await stranger.SayAsync(command);

        var card = Assert.Single(turn.Cards);
        Assert.Contains(TestPbx.Users.Stranger.Id, card.Text);
        Assert.Contains("Sophie Stranger", card.Text);
        Assert.Empty(card.Inputs);
    }

    [Fact]
    public async Task AnAdminsCardForwardedToThemDoesNothing()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var review = await admin.ToExtensionReviewAsync();
        var stranger = Bot.User(TestPbx.Users.Stranger);

        var turn = await stranger.PressAsync(Wizards.Confirm, card: review);

        Assert.Contains(TestPbx.Users.Stranger.Id, Assert.Single(turn.Cards).Text);
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }
}
