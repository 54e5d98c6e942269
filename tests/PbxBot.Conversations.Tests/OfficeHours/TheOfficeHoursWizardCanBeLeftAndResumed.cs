using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.OfficeHours;

/// <summary>Cancel, back, resume, stale cards and double submits, as the office-hours wizard lives them.</summary>
public sealed class TheOfficeHoursWizardCanBeLeftAndResumed : ConversationTest
{
    [Fact]
    public async Task TypedCancelLeavesTheHoursUntouched()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["monday.start"] = "08:00" });

        await admin.SayAsync("cancel");

        Assert.Null((await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct))!.Value.OfficeHours);
    }

    [Fact]
    public async Task BackFromTheHolidaysKeepsTheEditedWeek()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["monday.start"] = "08:00", ["sunday.open"] = "true", ["sunday.start"] = "10:00", ["sunday.stop"] = "12:00" });

        await admin.PressAsync(Wizards.Back);

        Assert.Equal("08:00", admin.LastCard!.Value("monday.start"));
        Assert.Equal("true", admin.LastCard.Value("sunday.open"));
    }

    [Fact]
    public async Task BackFromTheDepartmentNamedInTheCommandLetsTheOperatorPickAnother()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();

        await admin.PressAsync(Wizards.Back);
        Assert.Equal(TestPbx.Support, admin.LastCard!.Value("department"));
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales });

        Assert.Contains("Horaires de bureau — Ventes", admin.LastCard!.Text);
    }

    [Fact]
    public async Task ComingBackNamesTheDepartmentWhoseHoursWereBeingEdited()
    {
        await Bot.User(TestPbx.Users.Admin).ToScheduleAsync();
        var later = Bot.User(TestPbx.Users.Admin);

        await later.SayAsync("...");

        Assert.Contains("Vous étiez en train de modifier les horaires du département « Support »", later.LastCard!.Text);
    }

    [Fact]
    public async Task TwoConfirmsSaveOnceAndTheOldCardSaysItIsDone()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Next);
        var review = admin.LastCard!;

        await Task.WhenAll(admin.PressAsync(Wizards.Confirm, card: review), admin.PressAsync(Wizards.Confirm, card: review));
        var late = await admin.PressAsync(Wizards.Confirm, card: review);

        Assert.Contains(late.Texts, t => t.Contains("Horaires du département « Support » enregistrés.", StringComparison.Ordinal));
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct), a => a.Action == "officehours.saved");
    }
}
