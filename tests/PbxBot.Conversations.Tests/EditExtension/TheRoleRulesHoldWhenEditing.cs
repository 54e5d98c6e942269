using System.Text.Json.Nodes;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.EditExtension;

/// <summary>
/// Never a role at or above one's own, never someone at or above one's own role, a department admin only within their
/// departments — on the card, and again when a crafted or replayed submission tries it.
/// </summary>
public sealed class TheRoleRulesHoldWhenEditing : ConversationTest
{
    [Fact]
    public async Task SomeoneAtTheOperatorsRoleIsNotTheirsToEdit()
    {
        await AddExtensionAsync("110", "Sylvie", "Admin", Role.SystemAdmins);
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("modifier l'extension 110");
        await admin.PressAsync(Wizards.Next);

        Assert.Contains("n'est pas inférieur au vôtre", admin.LastCard!.ErrorFor("number"));
        Assert.Null(admin.LastCard.Value("firstName"));
    }

    [Fact]
    public async Task ADepartmentAdminEditsOnlyTheirDepartmentsPeople()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("modifier l'extension 102");
        await supportAdmin.PressAsync(Wizards.Next);
        Assert.Contains("département « Ventes », que vous n'administrez pas", supportAdmin.LastCard!.ErrorFor("number"));

        await supportAdmin.SayAsync("annuler");
        await supportAdmin.SayAsync("modifier l'extension 101");
        await supportAdmin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales });
        Assert.Contains("Ventes", supportAdmin.LastCard!.ErrorFor("department"));
        Assert.Equal(TestPbx.Support, (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.Department);
    }

    [Fact]
    public async Task ACraftedRoleAboveTheOperatorsIsRefusedAndNothingSaved()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");

        // A role the card never offered (only roles below the operator's are).
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role"] = "system_owners" });

        Assert.Contains("Vous ne pouvez pas attribuer le rôle", admin.LastCard!.ErrorFor("role"));
        Assert.Equal(Role.Users, (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.Role);
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "extension.updated");
    }

    [Fact]
    public async Task ARoleSlippedIntoTheConfirmIsIgnored()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["firstName"] = "Maria" });
        var review = admin.LastCard!;

        // The confirm of the review, with a role input the card never had: only what was reviewed is saved.
        await admin.PressAsync(Wizards.Confirm, new Dictionary<string, string> { ["role"] = "system_owners" }, card: review);
        await admin.WaitForAppliedAsync();

        var saved = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        Assert.Equal(("Maria", Role.Users), (saved.FirstName, saved.Role));
    }

    [Fact]
    public async Task AReplayedConfirmSavesOnce()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["firstName"] = "Maria" });
        var review = admin.LastCard!;
        await admin.PressAsync(Wizards.Confirm, card: review);

        var replay = await admin.PressAsync(Wizards.Confirm, card: review);

        Assert.NotEmpty(replay.Texts);
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "extension.updated");
    }

    private async Task AddExtensionAsync(string number, string first, string last, Role role)
    {
        var audit = new AuditEntry { Id = Guid.NewGuid().ToString("N"), PbxId = TestPbx.Id, At = DateTimeOffset.UtcNow, ActorId = "seed", ActorName = "seed", Action = "seed", Target = $"extension:{number}" };
        await Bot.Repository.CreateExtensionAsync(
            new Extension { Number = number, FirstName = first, LastName = last, Department = TestPbx.General, Role = role, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "seed" },
            audit, [], null, Ct);
    }
}
