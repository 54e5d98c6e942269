using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.OfficeHours;

/// <summary>Seed 001, "Définir les horaires": per day open/closed, hours and lunch break, time zone, holidays; review; save.</summary>
public sealed class AnAdminSetsTheOfficeHoursOfADepartment : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task TheEditedWeekIsSavedOnlyAfterTheReview(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        var schedule = await admin.ToScheduleAsync();
        Assert.Contains("Horaires de bureau — Support", schedule.Text);

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>
        {
            ["monday.start"] = "08:00",
            ["wednesday.breakStart"] = "",
            ["wednesday.breakStop"] = "",
            ["friday.stop"] = "17:00",
            ["timeZone"] = "Europe/Brussels",
        });
        await admin.PressAsync("Ajouter", new Dictionary<string, string> { ["holidayName"] = "Noël", ["holidayStart"] = "2026-12-25", ["holidayRecurrent"] = "true" });
        Assert.Contains("Noël : 2026-12-25 (chaque année)", admin.LastCard!.Text);
        await admin.PressAsync(Wizards.Next);

        var review = admin.LastCard!;
        Assert.Contains("Lundi: 08:00–18:00, pause 12:30–14:00", review.Text);
        Assert.Contains("Mercredi: 09:00–18:00", review.Text);
        Assert.Contains("Samedi: fermé", review.Text);
        Assert.Contains("Fuseau horaire: Europe/Brussels", review.Text);
        Assert.Null((await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct))!.Value.OfficeHours);

        var confirmed = await admin.PressAsync(Wizards.Confirm);

        // The turn's own card (the outbox's refresh to "applied" may already follow it).

        Assert.Contains(confirmed.Cards, c => c.Text.Contains("Horaires de « Support » : envoi au PBX…", StringComparison.Ordinal));
        Assert.Contains("Horaires de « Support » enregistrés", (await admin.WaitForAppliedAsync()).Text);
        var hours = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct))!.Value.OfficeHours!;
        Assert.Equal("Europe/Brussels", hours.TimeZoneId);
        Assert.Contains(new Period(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(18, 0)), hours.Hours);
        Assert.Contains(new Period(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(17, 0)), hours.Hours);
        Assert.Equal(5, hours.Hours.Count);
        Assert.DoesNotContain(hours.BreakTime, b => b.DayOfWeek == DayOfWeek.Wednesday);
        Assert.Equal(4, hours.BreakTime.Count);
        var noel = Assert.Single(hours.Holidays);
        Assert.Equal(("Noël", new DateOnly(2026, 12, 25), true), (noel.Name, noel.Start, noel.IsRecurrent));
    }

    [Fact]
    public async Task WithoutADepartmentInTheCommandTheOperatorPicksIt()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("horaires de bureau");

        Assert.Equal(["Général", "Support", "Ventes"], admin.LastCard!.Choices("department").Select(c => c.Title));
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales });

        Assert.Contains("Horaires de bureau — Ventes", admin.LastCard!.Text);
    }

    [Fact]
    public async Task TheSecondTimeTheCardStartsFromTheDepartmentsCurrentSchedule()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["tuesday.start"] = "07:30", ["saturday.open"] = "true", ["saturday.start"] = "09:00", ["saturday.stop"] = "12:00" });
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);

        var again = await admin.ToScheduleAsync("horaires support");

        Assert.Equal("07:30", again.Value("tuesday.start"));
        Assert.Equal("true", again.Value("saturday.open"));
        Assert.Equal("12:00", again.Value("saturday.stop"));
        Assert.Equal("false", again.Value("sunday.open"));
    }

    [Fact]
    public async Task AHolidayCanBeRemovedAgain()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync("Ajouter", new Dictionary<string, string> { ["holidayName"] = "Pont", ["holidayStart"] = "2026-05-15" });

        await admin.PressAsync("Retirer");

        Assert.Contains("Aucun jour férié.", admin.LastCard!.Text);
    }
}
