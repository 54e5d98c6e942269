using PbxBot.Cards.Builders;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Access;

/// <summary>
/// Grants are per PBX: a role on the 3CX ladder and/or helpdesk, given by an owner or admin through the grant
/// wizard — only roles strictly below their own, and for a department admin only their departments. A forged
/// submission asking for more is refused by the rules.
/// </summary>
public sealed class AnAdminGrantsAccessButNeverAboveTheirOwnRole : IAsyncLifetime
{
    private static readonly (string Id, string Name) Newcomer = ("aad-newcomer", "Nina Newcomer");
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheCardOffersOnlyRolesBelowTheAdmins()
    {
        var admin = bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("donner accès");

        Assert.Equal([GrantCards.NoRoleValue, "users", "receptionists", "managers", "group_admins", "group_owners"], admin.LastCard!.Choices("role").Select(c => c.Value));
    }

    [Fact]
    public async Task AGrantedManagerCanThenRequestForTheirDepartment()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        var newcomer = bot.User(Newcomer);
        Assert.True(Assert.Single((await newcomer.SayAsync("demander une extension")).Cards).IsAccessDenied());

        await admin.GrantAsync(Newcomer.Id, Newcomer.Name, "managers", departments: TestPbx.Sales);

        var grant = (await bot.Repository.GetGrantAsync(TestPbx.Id, Newcomer.Id, ct))!.Value;
        Assert.Equal((Role.Managers, false, TestPbx.Users.Admin.Id), (grant.Role, grant.Helpdesk, grant.GrantedBy));
        Assert.Equal([TestPbx.Sales], grant.Departments);
        await newcomer.SayAsync("demander une extension");
        await newcomer.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace" });
        Assert.Equal([TestPbx.Sales], newcomer.LastCard!.Choices("department").Select(c => c.Value));
    }

    [Fact]
    public async Task HelpdeskAloneIsAGrantToo()
    {
        await bot.User(TestPbx.Users.Admin).GrantAsync(Newcomer.Id, Newcomer.Name, GrantCards.NoRoleValue, helpdesk: true);

        var newcomer = bot.User(Newcomer);
        await newcomer.SayAsync("renvoyer l'e-mail de bienvenue à 101");
        Assert.Contains("marie.curie@dupont.example", newcomer.LastCard!.Value("email"));
    }

    [Theory]
    [InlineData("system_admins")]
    [InlineData("system_owners")]
    public async Task AForgedRoleAtOrAboveTheAdminsIsRefused(string role)
    {
        var admin = bot.User(TestPbx.Users.Admin);

        await admin.GrantAsync(Newcomer.Id, Newcomer.Name, role);

        Assert.NotNull(admin.LastCard!.ErrorFor("role"));
        Assert.Null(await bot.Repository.GetGrantAsync(TestPbx.Id, Newcomer.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ADepartmentAdminGrantsOnlyBelowThemAndOnlyForTheirDepartment()
    {
        var ct = TestContext.Current.CancellationToken;
        var supportAdmin = bot.User(TestPbx.Users.SupportAdmin);
        await supportAdmin.SayAsync("donner accès");
        Assert.Equal([GrantCards.NoRoleValue, "users", "receptionists", "managers"], supportAdmin.LastCard!.Choices("role").Select(c => c.Value));
        await supportAdmin.SayAsync("annuler");

        await supportAdmin.GrantAsync(Newcomer.Id, Newcomer.Name, "managers", departments: TestPbx.Sales);
        Assert.NotNull(supportAdmin.LastCard!.ErrorFor("departments"));
        await supportAdmin.SayAsync("annuler");
        await supportAdmin.GrantAsync(Newcomer.Id, Newcomer.Name, "group_admins", departments: TestPbx.Support);
        Assert.NotNull(supportAdmin.LastCard!.ErrorFor("role"));
        Assert.Null(await bot.Repository.GetGrantAsync(TestPbx.Id, Newcomer.Id, ct));
        await supportAdmin.SayAsync("annuler");

        await supportAdmin.GrantAsync(Newcomer.Id, Newcomer.Name, "managers", departments: TestPbx.Support);
        Assert.Equal(Role.Managers, (await bot.Repository.GetGrantAsync(TestPbx.Id, Newcomer.Id, ct))!.Value.Role);
    }

    [Theory]
    [InlineData("Manager")]
    [InlineData("Helpdesk")]
    public async Task ManagersAndHelpdeskCannotGrantAtAll(string who)
    {
        var user = bot.User(who == "Manager" ? TestPbx.Users.Manager : TestPbx.Users.Helpdesk);

        var said = await user.SayAsync("donner accès");

        Assert.Contains(said.Texts, t => t.Contains("Donner accès", StringComparison.Ordinal));
        Assert.DoesNotContain(said.Cards, c => c.Inputs.ContainsKey("userId"));
    }

    [Fact]
    public async Task NobodyChangesTheirOwnGrant()
    {
        var admin = bot.User(TestPbx.Users.Admin);

        await admin.GrantAsync(TestPbx.Users.Admin.Id, TestPbx.Users.Admin.Name, "group_owners");

        Assert.NotNull(admin.LastCard!.ErrorFor("userId"));
        Assert.Equal(Role.SystemAdmins, (await bot.Repository.GetGrantAsync(TestPbx.Id, TestPbx.Users.Admin.Id, TestContext.Current.CancellationToken))!.Value.Role);
    }
}

/// <summary>"Never above their own role" covers the grant being replaced: nobody rewrites the access of someone at or above them.</summary>
public sealed class NobodyChangesTheAccessOfSomeoneAboveThem : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task AnAdminCannotDemoteTheOwner()
    {
        var admin = bot.User(TestPbx.Users.Admin);

        await admin.GrantAsync(TestPbx.Users.Owner.Id, TestPbx.Users.Owner.Name, GrantCards.NoRoleValue, helpdesk: true);

        Assert.NotNull(admin.LastCard!.ErrorFor("userId"));
        Assert.Equal(Role.SystemOwners, (await bot.Repository.GetGrantAsync(TestPbx.Id, TestPbx.Users.Owner.Id, TestContext.Current.CancellationToken))!.Value.Role);
    }

    [Fact]
    public async Task ADepartmentAdminCannotRewriteAnotherDepartmentAdmin()
    {
        var supportAdmin = bot.User(TestPbx.Users.SupportAdmin);
        var ct = TestContext.Current.CancellationToken;
        await bot.User(TestPbx.Users.Admin).GrantAsync("aad-sales-admin", "Sonia Sales", "group_admins", departments: TestPbx.Sales);

        await supportAdmin.GrantAsync("aad-sales-admin", "Sonia Sales", "managers", departments: TestPbx.Support);

        Assert.NotNull(supportAdmin.LastCard!.ErrorFor("userId"));
        Assert.Equal(Role.GroupAdmins, (await bot.Repository.GetGrantAsync(TestPbx.Id, "aad-sales-admin", ct))!.Value.Role);
    }

    [Fact]
    public async Task AnAdminStillChangesTheGrantOfSomeoneBelowThem()
    {
        await bot.User(TestPbx.Users.Admin).GrantAsync(TestPbx.Users.Manager.Id, TestPbx.Users.Manager.Name, "managers", departments: $"{TestPbx.Support},{TestPbx.Sales}");

        Assert.Equal([TestPbx.Support, TestPbx.Sales], (await bot.Repository.GetGrantAsync(TestPbx.Id, TestPbx.Users.Manager.Id, TestContext.Current.CancellationToken))!.Value.Departments);
    }
}
