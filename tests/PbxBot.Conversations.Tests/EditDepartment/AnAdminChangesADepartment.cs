using System.Text.Json.Nodes;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.EditDepartment;

/// <summary>
/// Issue 14, departments: rename, language, visibility, transcription, members and their roles — the same cards as the
/// creation, prefilled with today's values, a review of only what changes, then saved and sent to the PBX; in Teams and
/// in Web Chat, in French and in English, on SQLite and Cosmos DB.
/// </summary>
public abstract class AnAdminChangesADepartment(bool useCosmos) : ConversationTest
{
    protected override Task<PbxBotUnderTest> StartBotAsync() => PbxBotUnderTest.StartAsync(useCosmos: useCosmos);

    [Theory]
    [MemberData(nameof(Clients.Both), MemberType = typeof(Clients))]
    public async Task RenamedWithANewMemberAndOnlyThatIsReviewed(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);

        await admin.SayAsync("modifier le département Ventes");

        var settings = admin.LastCard!;
        Assert.Contains("Modifier le département « Ventes »", settings.Text);
        Assert.Equal(("Ventes", "fr"), (settings.Value("name"), settings.Value("language")));
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "Commercial", ["visible"] = "true" });
        var members = admin.LastCard!;
        Assert.Equal("users", members.Value("role.102"));
        await admin.AddMembersAsync("marie", "managers", "101");
        await admin.PressAsync(Wizards.Next);

        var review = admin.LastCard!;
        Assert.Contains("Nom du département: Ventes → Commercial", review.Text);
        Assert.Contains("Visible par toutes les extensions: non visible → visible par toutes les extensions", review.Text);
        Assert.Contains("Membre 101 Marie Curie: (vide) → Manager", review.Text);
        Assert.DoesNotContain("Langue des messages vocaux:", review.Text);
        Assert.DoesNotContain("Membre 102", review.Text);

        await admin.PressAsync(Wizards.Confirm);

        Assert.Contains("Département « Commercial » modifié", (await admin.WaitForAppliedAsync()).Text);
        var saved = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct))!.Value;
        Assert.Equal(("Commercial", true), (saved.Name, saved.GloballyVisible));
        Assert.Equal([new DepartmentMember("101", Role.Managers), new DepartmentMember("102", Role.Users)], saved.Members.OrderBy(m => m.Number));
        var marie = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        Assert.Equal((TestPbx.Support, Role.Users), (marie.Department, marie.Role));
        Assert.Contains(new Membership(TestPbx.Sales, Role.Managers), marie.AllMemberships());
        var audit = Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "department.updated");
        Assert.Equal(($"department:{TestPbx.Sales}", TestPbx.Users.Admin.Id), (audit.Target, audit.ActorId));
        Assert.Equal("Ventes", JsonNode.Parse(audit.Before!)!["name"]!.GetValue<string>());
        Assert.Equal("Commercial", JsonNode.Parse(audit.After!)!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnglishFollowsTheLocale()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");

        await admin.SayAsync("edit department support");
        await admin.PressAsync("Next", new Dictionary<string, string> { ["language"] = "en-GB", ["transcription"] = "Voicemail" });
        await admin.PressAsync("Next");

        var review = admin.LastCard!;
        Assert.Contains("Voice-prompt language: French → English (UK)", review.Text);
        Assert.Contains("Transcription: No transcription → Voicemail", review.Text);
        await admin.PressAsync("Confirm");
        Assert.Contains("Department “Support” changed", (await admin.WaitForAppliedAsync()).Text);
        var saved = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct))!.Value;
        Assert.Equal(("en-GB", TranscriptionMode.Voicemail), (saved.Language, saved.TranscriptionMode));
    }

    [Fact]
    public async Task AMemberGetsAnotherRoleAndTheirPrimaryRoleFollows()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département ventes");
        await admin.PressAsync(Wizards.Next);

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role.102"] = "managers" });

        Assert.Contains("Membre 102 Pierre Curie: Utilisateur → Manager", admin.LastCard!.Text);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        var pierre = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct))!.Value;
        Assert.Equal((TestPbx.Sales, Role.Managers), (pierre.Department, pierre.Role));
    }

    [Fact]
    public async Task AMemberWhoseSecondDepartmentItIsLeaves()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département ventes");
        await admin.PressAsync(Wizards.Next);
        await admin.AddMembersAsync("marie", "users", "101");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        await admin.SayAsync("modifier le département ventes");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync("Retirer 101");
        await admin.PressAsync(Wizards.Next);

        Assert.Contains("Membre 101 Marie Curie: Utilisateur → (vide)", admin.LastCard!.Text);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        Assert.Equal(["102"], (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct))!.Value.Members.Select(m => m.Number));
        Assert.Equal([new Membership(TestPbx.Support, Role.Users)], (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.AllMemberships());
    }

    [Fact]
    public async Task NothingChangedIsSaidAndNothingIsSaved()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département support");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Next);

        Assert.Contains("Rien ne change", admin.LastCard!.Text);
        Assert.False(admin.LastCard.HasButton(Wizards.Confirm));
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "department.updated");
    }

    [Fact]
    public async Task WithoutANameTheDepartmentIsPickedFromAList()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("modifier un département");

        var pick = admin.LastCard!;
        Assert.Equal(["Général (1 membre(s))", "Support (1 membre(s))", "Ventes (1 membre(s))"], pick.Choices("department").Select(c => c.Title));
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Support });
        Assert.Equal("Support", admin.LastCard!.Value("name"));
    }
}

public sealed class AnAdminChangesADepartmentOnSqlite() : AnAdminChangesADepartment(useCosmos: false);

public sealed class AnAdminChangesADepartmentOnCosmos() : AnAdminChangesADepartment(useCosmos: true);
