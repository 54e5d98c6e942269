using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.PrimaryDepartment;

/// <summary>Back, resume, stale cards and double submits, as the primary-department wizard lives them.</summary>
public sealed class ThePrimaryDepartmentWizardCanBeLeftAndResumed : ConversationTest
{
    [Fact]
    public async Task BackFromTheReviewKeepsTheChosenDepartmentAndRole()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("département principal de marie");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales, ["role"] = "receptionists" });

        await admin.PressAsync(Wizards.Back);

        Assert.Equal(TestPbx.Sales, admin.LastCard!.Value("department"));
        Assert.Equal("receptionists", admin.LastCard.Value("role"));
    }

    [Fact]
    public async Task BackFromTheUserNamedInTheCommandLetsTheOperatorSearchAnother()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("département principal de marie");

        await admin.PressAsync(Wizards.Back);
        await admin.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "pierre" });
        await admin.PressAsync(Wizards.Next);

        Assert.Contains("102 — Pierre Curie", admin.LastCard!.Text);
    }

    [Fact]
    public async Task ComingBackNamesTheUserBeingMoved()
    {
        await Bot.User(TestPbx.Users.Admin).SayAsync("département principal de marie");
        var later = Bot.User(TestPbx.Users.Admin);

        await later.SayAsync("hello?");

        Assert.Contains(later.Cards, c => c.Text.Contains("Vous étiez en train de changer le département principal de Marie Curie (101)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoConfirmsSaveOnceAndTheOldCardSaysWhatWasDone()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("département principal de marie");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales });
        var review = admin.LastCard!;

        await Task.WhenAll(admin.PressAsync(Wizards.Confirm, card: review), admin.PressAsync(Wizards.Confirm, card: review));
        var late = await admin.PressAsync(Wizards.Confirm, card: review);

        Assert.Contains(late.Texts, t => t.Contains("Marie Curie (101) a maintenant « Ventes » pour département principal.", StringComparison.Ordinal));
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct), a => a.Action == "extension.primary_department");
    }
}
