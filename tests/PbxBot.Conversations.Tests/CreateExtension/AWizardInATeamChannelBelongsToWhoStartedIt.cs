using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>In a team channel everyone sees the cards, but a wizard is its starter's: a colleague's press is answered, never applied.</summary>
public sealed class AWizardInATeamChannelBelongsToWhoStartedIt : ConversationTest
{
    private const string Channel = "19:admins@thread.tacv2";

    [Fact]
    public async Task AColleaguePressingTheCardDoesNotMoveTheWizard()
    {
        var admin = Bot.InChannel(TestPbx.Users.Admin, Channel);
        var placement = await admin.ToPlacementAsync();
        var owner = Bot.InChannel(TestPbx.Users.Owner, Channel);

        var turn = await owner.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role"] = "group_owners" }, card: placement);

        Assert.NotEmpty(turn.Texts);
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
        await admin.PressAsync(Wizards.Next, card: placement);
        Assert.Contains("Utilisateur", admin.LastCard!.Text);
        Assert.DoesNotContain("Propriétaire", admin.LastCard.Text);
    }
}
