using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.EditDepartment;

/// <summary>
/// The rules of a creation hold for a change: a unique name (case and accents aside, the department itself aside),
/// members' roles below the operator's — also through a crafted card —, a department admin only in their departments,
/// and nobody dropped from their primary department (they are moved first).
/// </summary>
public sealed class TheRulesHoldWhenChangingADepartment : ConversationTest
{
    [Fact]
    public async Task AnotherDepartmentsNameIsRefusedWhateverItsCaseAndAccents()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département ventes");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "SUPPÖRT" });

        Assert.Contains("Support", admin.LastCard!.ErrorFor("name"));
        Assert.Equal("Ventes", (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct))!.Value.Name);
    }

    [Fact]
    public async Task ItsOwnNameInAnotherCaseIsARename()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département ventes");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "VENTES" });
        await admin.PressAsync(Wizards.Next);

        Assert.Contains("Nom du département: Ventes → VENTES", admin.LastCard!.Text);
    }

    [Fact]
    public async Task NobodyLeavesTheirPrimaryDepartmentHere()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département ventes");
        await admin.PressAsync(Wizards.Next);

        await admin.PressAsync("Retirer 102");
        await admin.PressAsync(Wizards.Next);

        Assert.Contains("département principal", admin.LastCard!.ErrorFor("members"));
        Assert.Single((await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct))!.Value.Members);
    }

    [Fact]
    public async Task ACraftedRoleAboveTheOperatorsIsRefused()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);
        await supportAdmin.SayAsync("modifier le département support");
        await supportAdmin.PressAsync(Wizards.Next);

        // A role the card never offered a department admin.
        await supportAdmin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role.101"] = "system_admins" });

        Assert.Contains("Vous ne pouvez pas donner le rôle", supportAdmin.LastCard!.ErrorFor("members"));
        Assert.Equal(Role.Users, (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct))!.Value.Members.Single().Role);
    }

    [Fact]
    public async Task ADepartmentAdminChangesOnlyTheirDepartments()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("modifier le département ventes");

        var pick = supportAdmin.LastCard!;
        Assert.Contains("Aucun département « ventes » que vous pouvez modifier", pick.ErrorFor("department"));
        Assert.Equal([TestPbx.Support], pick.Choices("department").Select(c => c.Value));

        // A crafted pick of a department the list never offered.
        await supportAdmin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales });
        Assert.NotNull(supportAdmin.LastCard!.ErrorFor("department"));
        Assert.Null(supportAdmin.LastCard.Value("name"));
    }

    [Fact]
    public async Task AManagerIsNotOfferedTheWizard()
    {
        var manager = Bot.User(TestPbx.Users.Manager);

        await manager.SayAsync("modifier le département support");

        Assert.Null(manager.LastCard?.Value("name"));
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "department.updated");
    }
}
