using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Seed 000, step 5: "vous ne pouvez pas attribuer un rôle supérieur au vôtre" — offered, and checked again on submit.</summary>
public sealed class TheRolesOfferedAreBelowTheOperators : ConversationTest
{
    [Fact]
    public async Task ASystemAdminIsOfferedEveryRoleUpToDepartmentOwner()
    {
        var placement = await Bot.User(TestPbx.Users.Admin).ToPlacementAsync();

        Assert.Equal(["users", "receptionists", "managers", "group_admins", "group_owners"], placement.Choices("role").Select(c => c.Value));
        Assert.Equal("users", placement.Value("role"));
    }

    [Fact]
    public async Task ADepartmentAdminIsOfferedTheRolesBelowTheirsAndOnlyTheirDepartments()
    {
        var placement = await Bot.User(TestPbx.Users.SupportAdmin).ToPlacementAsync();

        Assert.Equal(["users", "receptionists", "managers"], placement.Choices("role").Select(c => c.Value));
        Assert.Equal([TestPbx.Support], placement.Choices("department").Select(c => c.Value));
        Assert.Equal(TestPbx.Support, placement.Value("department"));
    }

    [Theory]
    [InlineData("system_admins")]
    [InlineData("system_owners")]
    public async Task AForgedHigherRoleIsRefusedByTheServer(string forged)
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role"] = forged });

        var error = admin.LastCard!.ErrorFor("role");
        Assert.NotNull(error);
        Assert.Contains("Vous ne pouvez pas attribuer le rôle", error);
        Assert.True(admin.LastCard.HasButton(Wizards.Next));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }

    [Fact]
    public async Task ADepartmentAdminCannotPlaceTheUserInAnotherDepartmentByForgingTheCard()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);
        await supportAdmin.ToPlacementAsync();

        await supportAdmin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales });

        var error = supportAdmin.LastCard!.ErrorFor("department");
        Assert.NotNull(error);
        Assert.Contains("Ventes", error);
    }

    [Fact]
    public async Task ARoleWithdrawnAfterTheCardWasShownIsCaughtAtTheConfirmation()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync(new Dictionary<string, string> { ["role"] = "group_owners" });
        var grant = (await Bot.Repository.GetGrantAsync(TestPbx.Id, TestPbx.Users.Admin.Id, Ct))!;
        await Bot.Repository.SaveGrantAsync(grant.Value with { Role = Domain.Role.GroupOwners, Departments = [TestPbx.General] }, grant.ETag,
            new Domain.AuditEntry { Id = Guid.NewGuid().ToString("N"), PbxId = TestPbx.Id, At = DateTimeOffset.UtcNow, ActorId = "owner", ActorName = "owner", Action = "test", Target = "grant" }, Ct);

        await admin.PressAsync(Wizards.Confirm);

        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
        Assert.NotNull(admin.LastCard!.ErrorFor("role"));
    }
}
