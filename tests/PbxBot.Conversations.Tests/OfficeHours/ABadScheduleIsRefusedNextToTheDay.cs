using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.OfficeHours;

/// <summary>The office-hours rules, each error shown on the day (or holiday) it is about, the schedule kept as typed.</summary>
public sealed class ABadScheduleIsRefusedNextToTheDay : ConversationTest
{
    [Fact]
    public async Task ABreakOutsideTheOpeningHoursIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["monday.breakStart"] = "18:30", ["monday.breakStop"] = "19:00" });

        var error = admin.LastCard!.ErrorFor("break.monday");
        Assert.NotNull(error);
        Assert.Contains("n'est pas dans les heures d'ouverture", error);
        Assert.Equal("18:30", admin.LastCard.Value("monday.breakStart"));
    }

    [Fact]
    public async Task AWeekWithNoOpenDayIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();

        await admin.PressAsync(Wizards.Next, new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.ToDictionary(d => $"{d}.open", _ => "false"));

        Assert.Contains("Aucun jour ouvert", admin.LastCard!.ErrorFor("hours"));
    }

    [Fact]
    public async Task ADayThatClosesBeforeItOpensIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["tuesday.start"] = "18:00", ["tuesday.stop"] = "09:00" });

        Assert.Contains("ne commence pas avant de finir", admin.LastCard!.ErrorFor("hours.tuesday"));
    }

    [Fact]
    public async Task AForgedTimeIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["friday.start"] = "9h" });

        Assert.Contains("HH:mm", admin.LastCard!.ErrorFor("hours.friday"));
    }

    [Fact]
    public async Task AnUnknownTimeZoneIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["timeZone"] = "Mars/Olympus" });

        Assert.Contains("Mars/Olympus", admin.LastCard!.ErrorFor("timeZone"));
    }

    [Fact]
    public async Task AHolidayEndingBeforeItStartsIsNotAdded()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next);

        await admin.PressAsync("Ajouter", new Dictionary<string, string> { ["holidayName"] = "Vacances", ["holidayStart"] = "2026-08-20", ["holidayEnd"] = "2026-08-01" });

        Assert.NotNull(admin.LastCard!.ErrorFor("holidayStart"));
        Assert.Contains("Aucun jour férié.", admin.LastCard.Text);
    }

    [Fact]
    public async Task AHolidayWithoutANameIsNotAdded()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next);

        await admin.PressAsync("Ajouter", new Dictionary<string, string> { ["holidayStart"] = "2026-08-20" });

        Assert.NotNull(admin.LastCard!.ErrorFor("holidayName"));
    }
}
