using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateDepartment;

/// <summary>Seed 001, "Comprendre les rôles": each member's department role, never at or above the operator's own — checked on submit.</summary>
public sealed class MembersGetARoleBelowTheOperators : ConversationTest
{
    [Fact]
    public async Task TheRoleChoicesStopBelowTheOperatorsRole()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.AddMembersAsync("marie", "users", "101");

        Assert.Equal(["users", "receptionists", "managers", "group_admins", "group_owners"], admin.LastCard!.Choices("role.101").Select(c => c.Value));
    }

    [Fact]
    public async Task AForgedHigherRoleIsRefusedByTheServer()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.AddMembersAsync("marie", "users", "101");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role.101"] = "system_owners" });

        Assert.True(admin.LastCard!.Inputs.ContainsKey("role.101"));
        Assert.Contains(admin.LastCard.Errors, e => e.Contains("101", StringComparison.Ordinal));
        Assert.Null(await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct));
    }

    [Fact]
    public async Task AForgedUnknownExtensionIsRefusedByTheServer()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "curie" });

        await admin.PressAsync("Ajouter la sélection", new Dictionary<string, string> { ["pick"] = "777" });
        await admin.PressAsync(Wizards.Next);

        Assert.Contains(admin.LastCard!.Errors, e => e.Contains("777", StringComparison.Ordinal));
        Assert.Null(await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct));
    }

    [Theory]
    [InlineData("support-admin")]
    [InlineData("helpdesk")]
    public async Task OnlySystemAdminsAndOwnersCreateDepartments(string who)
    {
        var user = Bot.User(who == "helpdesk" ? TestPbx.Users.Helpdesk : TestPbx.Users.SupportAdmin);

        var turn = await user.SayAsync("créer un département");

        Assert.Contains(turn.Texts, t => t.Contains("Vous n'avez pas les droits pour « Créer un département »", StringComparison.Ordinal));
        Assert.DoesNotContain(turn.Cards, c => c.Inputs.ContainsKey("name"));
    }
}
