using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.OfficeHours;

/// <summary>A department without hours starts from the common French week: Monday to Friday, 9:00–18:00 with a 12:30–14:00 lunch break.</summary>
public sealed class TheCommonWeekShapeIsProposed : ConversationTest
{
    [Fact]
    public async Task WeekdaysAreOpenWithALunchBreakAndTheWeekendClosed()
    {
        var schedule = await Bot.User(TestPbx.Users.Admin).ToScheduleAsync();

        foreach (var day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday" })
        {
            Assert.Equal("true", schedule.Value($"{day}.open"));
            Assert.Equal("09:00", schedule.Value($"{day}.start"));
            Assert.Equal("18:00", schedule.Value($"{day}.stop"));
            Assert.Equal("12:30", schedule.Value($"{day}.breakStart"));
            Assert.Equal("14:00", schedule.Value($"{day}.breakStop"));
        }
        Assert.Equal("false", schedule.Value("saturday.open"));
        Assert.Equal("false", schedule.Value("sunday.open"));
        Assert.Equal("Europe/Paris", schedule.Value("timeZone"));
    }

    [Fact]
    public async Task ThePresetButtonPutsTheCommonShapeBack()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["monday.open"] = "false", ["tuesday.start"] = "10:00" });
        await admin.PressAsync(Wizards.Back);

        await admin.PressAsync("Lun–ven 9:00–12:30, 14:00–18:00");

        Assert.Equal("true", admin.LastCard!.Value("monday.open"));
        Assert.Equal("09:00", admin.LastCard.Value("tuesday.start"));
    }
}
