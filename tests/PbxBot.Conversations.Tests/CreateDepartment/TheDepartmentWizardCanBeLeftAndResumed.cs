using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateDepartment;

/// <summary>Cancel, back, resume, stale cards and double submits, as the create-department wizard lives them.</summary>
public sealed class TheDepartmentWizardCanBeLeftAndResumed : ConversationTest
{
    [Fact]
    public async Task CancelOnTheMembersCardSavesNothing()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.AddMembersAsync("curie", "users", "101");

        await admin.PressAsync(Wizards.Cancel);

        Assert.Contains("Assistant annulé", admin.LastCard!.Text);
        Assert.Null(await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct));
    }

    [Fact]
    public async Task BackFromTheMembersKeepsTheSettingsAndTheMembers()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("créer un département");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "Comptabilité", ["transcription"] = "Both" });
        await admin.AddMembersAsync("curie", "managers", "101");

        await admin.PressAsync(Wizards.Back);
        Assert.Equal("Comptabilité", admin.LastCard!.Value("name"));
        Assert.Equal("Both", admin.LastCard.Value("transcription"));
        await admin.PressAsync(Wizards.Next);

        Assert.Equal("managers", admin.LastCard!.Value("role.101"));
    }

    [Fact]
    public async Task ComingBackNamesTheDepartmentBeingCreated()
    {
        await Bot.User(TestPbx.Users.Admin).ToMembersAsync("Comptabilité");
        var later = Bot.User(TestPbx.Users.Admin);

        await later.SayAsync("re");
        Assert.Contains("Vous étiez en train de créer le département « Comptabilité ». Continuer ou abandonner ?", later.LastCard!.Text);
        await later.PressAsync("Continuer");

        Assert.Contains("Comptabilité", later.LastCard!.Text);
        Assert.True(later.LastCard.HasButton("Rechercher"));
    }

    [Fact]
    public async Task TwoConfirmsSaveOneDepartmentAndTheOldCardSaysItIsDone()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.AddMembersAsync("curie", "users", "101", "102");
        await admin.PressAsync(Wizards.Next);
        var review = admin.LastCard!;

        await Task.WhenAll(admin.PressAsync(Wizards.Confirm, card: review), admin.PressAsync(Wizards.Confirm, card: review));
        var late = await admin.PressAsync(Wizards.Confirm, card: review);

        Assert.Contains(late.Texts, t => t.Contains("Département « Comptabilité » créé avec 2 membre(s).", StringComparison.Ordinal));
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct), a => a.Action == "department.created");
        Assert.Equal(2, (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct))!.Value.Members.Count);
    }
}
