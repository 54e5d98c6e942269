using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.DeleteDepartment;

/// <summary>
/// A department is deleted once it has no members (the card says how to move or remove them), never the PBX's default
/// one, and only by a system admin; the card names what goes, and PbxBot removes it once the PBX did — in French and
/// English, on SQLite and Cosmos DB.
/// </summary>
public abstract class OnlyAnEmptyDepartmentIsDeleted(bool useCosmos) : ConversationTest
{
    protected override Task<PbxBotUnderTest> StartBotAsync() => PbxBotUnderTest.StartAsync(useCosmos: useCosmos);

    [Theory]
    [MemberData(nameof(Clients.Both), MemberType = typeof(Clients))]
    public async Task AnEmptyDepartmentIsDeletedAndAudited(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        await admin.ToMembersAsync("Comptabilité");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        await admin.SayAsync("supprimer le département comptabilité");

        var confirm = admin.LastCard!;
        Assert.Contains("Supprimer le département « Comptabilité »", confirm.Text);
        Assert.Contains("avec ses réglages et ses horaires de présence", confirm.Text);
        await admin.PressAsync("Supprimer définitivement");

        Assert.Contains("Département « Comptabilité » supprimé", (await admin.WaitForAppliedAsync()).Text);
        Assert.Null(await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct));
        var audit = Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "department.deleted");
        Assert.Equal(("department:comptabilite", TestPbx.Users.Admin.Id, (string?)null), (audit.Target, audit.ActorId, audit.After));
    }

    [Fact]
    public async Task ADepartmentWithMembersSaysHowToEmptyIt()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("supprimer le département ventes");

        var refused = admin.LastCard!;
        Assert.Contains("a encore 1 membre(s)", refused.Text);
        Assert.Contains("modifier le département Ventes", refused.Text);
        Assert.False(refused.HasButton("Supprimer définitivement"));
        Assert.NotNull(await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct));
    }

    [Fact]
    public async Task AConfirmForgedOnADepartmentWithMembersDeletesNothing()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        await admin.SayAsync("supprimer le département comptabilité");
        var confirm = admin.LastCard!;

        // Someone joins it meanwhile; the old card's delete button is pressed.
        var other = Bot.User(TestPbx.Users.Owner);
        await other.SayAsync("modifier le département comptabilité");
        await other.PressAsync(Wizards.Next);
        await other.AddMembersAsync("marie", "users", "101");
        await other.PressAsync(Wizards.Next);
        await other.PressAsync(Wizards.Confirm);
        await other.WaitForAppliedAsync();
        await admin.PressAsync("Supprimer définitivement", card: confirm);

        Assert.Contains("a encore 1 membre(s)", admin.LastCard!.Text);
        Assert.NotNull(await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct));
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "department.deleted");
    }

    [Fact]
    public async Task TheDefaultDepartmentIsNeverOffered()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");

        await admin.SayAsync("delete department Général");

        var pick = admin.LastCard!;
        Assert.Contains("\"Général\" is the PBX's default department: it cannot be deleted.", pick.ErrorFor("department"));
        Assert.DoesNotContain(TestPbx.General, pick.Choices("department").Select(c => c.Value));
    }

    [Fact]
    public async Task ADepartmentAdminMayNotDeleteOne()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("supprimer le département support");

        Assert.False(supportAdmin.LastCard?.HasButton("Supprimer définitivement") ?? false);
        Assert.NotNull(await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct));
    }
}

public sealed class OnlyAnEmptyDepartmentIsDeletedOnSqlite() : OnlyAnEmptyDepartmentIsDeleted(useCosmos: false);

public sealed class OnlyAnEmptyDepartmentIsDeletedOnCosmos() : OnlyAnEmptyDepartmentIsDeleted(useCosmos: true);
