using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.PrimaryDepartment;

/// <summary>Seed 001, "Département principal": it decides whose office hours apply to the user.</summary>
public sealed class AnAdminSetsTheUsersPrimaryDepartment : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task NamingTheUserInTheCommandGoesStraightToTheDepartment(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);

        await admin.SayAsync("département principal de marie");
        var choose = admin.LastCard!;
        Assert.Contains("101 — Marie Curie. Actuellement : Support.", choose.Text);
        Assert.Contains("définit les horaires de présence", choose.Text);
        Assert.Equal(TestPbx.Support, choose.Value("department"));

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales, ["role"] = "managers" });
        Assert.Contains("Nouveau département: Ventes", admin.LastCard!.Text);
        Assert.Equal(TestPbx.Support, (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.Department);
        await admin.PressAsync(Wizards.Confirm);

        Assert.Contains("Marie Curie (101) a maintenant « Ventes » pour département principal.", (await admin.WaitForAppliedAsync()).Text);
        var saved = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        Assert.Equal(TestPbx.Sales, saved.Department);
        Assert.Equal(Role.Managers, saved.Role);
        Assert.Contains((await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct))!.Value.Members, m => m.Number == "101");
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct), a => a.Action == "extension.primary_department");
    }

    [Fact]
    public async Task SeveralMatchesArePickedFrom()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("primary department");
        await admin.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "curie" });
        Assert.Equal(["101", "102"], admin.LastCard!.Choices("number").Select(c => c.Value));

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["number"] = "102" });

        Assert.Contains("102 — Pierre Curie. Actuellement : Ventes.", admin.LastCard!.Text);
    }

    [Fact]
    public async Task ASearchWithoutResultSaysSo()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("département principal");

        await admin.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "einstein" });

        Assert.Contains("Aucune extension ne correspond à « einstein »", admin.LastCard!.ErrorFor("search"));
    }

    [Fact]
    public async Task ADepartmentAdminIsOfferedOnlyTheirDepartmentsAndAForgedOneIsRefused()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);
        await supportAdmin.SayAsync("département principal de marie");
        Assert.Equal([TestPbx.Support], supportAdmin.LastCard!.Choices("department").Select(c => c.Value));

        await supportAdmin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.General });

        Assert.NotNull(supportAdmin.LastCard!.ErrorFor("department"));
    }

    [Fact]
    public async Task AForgedHigherRoleIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("département principal de marie");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role"] = "system_admins" });

        Assert.NotNull(admin.LastCard!.ErrorFor("role"));
    }

    [Fact]
    public async Task CancelChangesNothing()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("département principal de marie");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales });

        await admin.PressAsync(Wizards.Cancel);

        Assert.Equal(TestPbx.Support, (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.Department);
    }

    [Fact]
    public async Task TheHelpdeskCannotChangeIt()
    {
        var turn = await Bot.User(TestPbx.Users.Helpdesk).SayAsync("département principal de marie");

        Assert.Contains(turn.Texts, t => t.Contains("Vous n'avez pas les droits pour « Département principal »", StringComparison.Ordinal));
    }
}
