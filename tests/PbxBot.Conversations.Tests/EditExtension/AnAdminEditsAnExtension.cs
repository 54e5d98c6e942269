using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.EditExtension;

/// <summary>
/// Seed 000, "ou la modifier": found by number or name, one card prefilled with today's values, a review of only what
/// changes (before → after), then saved — in Teams and in Web Chat, in French and in English, on SQLite and Cosmos DB.
/// </summary>
public abstract class AnAdminEditsAnExtension(bool useCosmos) : ConversationTest
{
    protected override Task<PbxBotUnderTest> StartBotAsync() => PbxBotUnderTest.StartAsync(useCosmos: useCosmos);

    [Theory]
    [MemberData(nameof(Clients.Both), MemberType = typeof(Clients))]
    public async Task TheCardIsPrefilledAndTheReviewShowsOnlyWhatChanges(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);

        await admin.SayAsync("modifier l'extension 101");

        var edit = admin.LastCard!;
        Assert.Contains("Modifier l'extension 101", edit.Text);
        Assert.Equal(("Marie", "Curie", "marie.curie@dupont.example", TestPbx.Support), (edit.Value("firstName"), edit.Value("lastName"), edit.Value("email"), edit.Value("department")));
        Assert.DoesNotContain("number", edit.Inputs.Keys);

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["lastName"] = "Skłodowska-Curie", ["did"] = TestPbx.Dids[2] });

        var review = admin.LastCard!;
        Assert.Contains("Nom: Curie → Skłodowska-Curie", review.Text);
        Assert.Contains($"Numéro SDA: (vide) → {TestPbx.Dids[2]}", review.Text);
        Assert.DoesNotContain("Prénom:", review.Text);
        Assert.DoesNotContain("Adresse e-mail:", review.Text);

        await admin.PressAsync(Wizards.Confirm);

        Assert.Contains("Extension 101 modifiée", (await admin.WaitForAppliedAsync()).Text);
        var saved = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        Assert.Equal(("Marie", "Skłodowska-Curie", TestPbx.Dids[2]), (saved.FirstName, saved.LastName, saved.Did));
        Assert.Equal("101", (await Bot.Repository.ListDidsAsync(TestPbx.Id, Ct)).Single(d => d.Number == TestPbx.Dids[2]).AssignedTo);
        var audit = Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "extension.updated");
        Assert.Equal(("extension:101", TestPbx.Users.Admin.Id), (audit.Target, audit.ActorId));
        Assert.Equal("Curie", System.Text.Json.Nodes.JsonNode.Parse(audit.Before!)!["lastName"]!.GetValue<string>());
        Assert.Equal("Skłodowska-Curie", System.Text.Json.Nodes.JsonNode.Parse(audit.After!)!["lastName"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnglishFollowsTheLocale()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");

        await admin.SayAsync("edit extension Marie Curie");
        await admin.PressAsync("Next", new Dictionary<string, string> { ["role"] = "managers" });

        Assert.Contains("Role: User → Manager", admin.LastCard!.Text);
        await admin.PressAsync("Confirm");
        Assert.Contains("Extension 101 changed", (await admin.WaitForAppliedAsync()).Text);
        Assert.Equal(Domain.Role.Managers, (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.Role);
    }

    [Fact]
    public async Task TakingTheDidBackFreesItInThePool()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["did"] = TestPbx.Dids[0] });
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        Assert.Equal("101", (await Bot.Repository.ListDidsAsync(TestPbx.Id, Ct)).Single(d => d.Number == TestPbx.Dids[0]).AssignedTo);

        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["did"] = "none" });
        Assert.Contains($"Numéro SDA: {TestPbx.Dids[0]} → (vide)", admin.LastCard!.Text);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        Assert.Null((await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.Did);
        Assert.True((await Bot.Repository.ListDidsAsync(TestPbx.Id, Ct)).Single(d => d.Number == TestPbx.Dids[0]).IsFree);
    }

    [Fact]
    public async Task ChangingTheEmailOffersToResendTheWelcomeEmail()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["email"] = "m.curie@dupont.example" });

        Assert.Equal("true", admin.LastCard!.Value("resendWelcome"));
        await admin.PressAsync(Wizards.Confirm);

        var mails = await ResendWelcome.WelcomeMails.WaitForAsync(Bot, "m.curie@dupont.example");
        Assert.Single(mails);
    }

    [Fact]
    public async Task NothingChangedIsSaidAndNothingIsSaved()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");

        await admin.PressAsync(Wizards.Next);

        Assert.Contains("Rien ne change", admin.LastCard!.Text);
        Assert.False(admin.LastCard.HasButton(Wizards.Confirm));
    }
}

public sealed class AnAdminEditsAnExtensionOnSqlite() : AnAdminEditsAnExtension(useCosmos: false);

public sealed class AnAdminEditsAnExtensionOnCosmos() : AnAdminEditsAnExtension(useCosmos: true);
