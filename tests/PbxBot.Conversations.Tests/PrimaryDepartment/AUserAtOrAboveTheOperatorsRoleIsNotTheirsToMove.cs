using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.PrimaryDepartment;

/// <summary>Moving someone also sets their role: a department admin may not move (and so demote) a department owner or a system admin.</summary>
public sealed class AUserAtOrAboveTheOperatorsRoleIsNotTheirsToMove : ConversationTest
{
    [Fact]
    public async Task ADepartmentAdminCannotChangeTheDepartmentOfAnAdmin()
    {
        await Bot.Repository.CreateExtensionAsync(
            new Extension { Number = "150", FirstName = "Grace", LastName = "Hopper", Department = TestPbx.Support, Role = Role.SystemAdmins, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "seed" },
            new AuditEntry { Id = Guid.NewGuid().ToString("N"), PbxId = TestPbx.Id, At = DateTimeOffset.UtcNow, ActorId = "seed", ActorName = "seed", Action = "seed", Target = "extension:150" },
            [], null, Ct);
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("département principal de grace");
        await supportAdmin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["number"] = "150" });

        Assert.Contains("Grace Hopper (150) a un rôle égal ou supérieur au vôtre", supportAdmin.LastCard!.ErrorFor("number"));
        Assert.False(supportAdmin.LastCard.Inputs.ContainsKey("department"));
        var grace = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "150", Ct))!.Value;
        Assert.Equal(Role.SystemAdmins, grace.Role);
    }

    [Fact]
    public async Task ADepartmentAdminCannotPullInSomeoneFromADepartmentTheyDoNotAdminister()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("département principal de pierre");
        await supportAdmin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["number"] = "102" });

        Assert.Contains("« Ventes », que vous n'administrez pas", supportAdmin.LastCard!.ErrorFor("number"));
        Assert.Equal(TestPbx.Sales, (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct))!.Value.Department);
    }
}
