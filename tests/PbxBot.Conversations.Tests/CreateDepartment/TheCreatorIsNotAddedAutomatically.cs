using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateDepartment;

/// <summary>Seed 001: "l'utilisateur qui crée le département n'y est pas ajouté automatiquement" — the cards remind it, and the save respects it.</summary>
public sealed class TheCreatorIsNotAddedAutomatically : ConversationTest
{
    [Fact]
    public async Task TheMembersAndReviewCardsRemindItAndOnlyThePickedMembersAreSaved()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var members = await admin.ToMembersAsync("Comptabilité");
        Assert.Contains("vous n'êtes pas ajouté automatiquement", members.Text);
        await admin.AddMembersAsync("pierre", "users", "102");

        await admin.PressAsync(Wizards.Next);
        Assert.Contains("vous n'êtes pas ajouté automatiquement", admin.LastCard!.Text);
        await admin.PressAsync(Wizards.Confirm);

        var saved = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct))!.Value;
        Assert.Equal(["102"], saved.Members.Select(m => m.Number));
    }
}
