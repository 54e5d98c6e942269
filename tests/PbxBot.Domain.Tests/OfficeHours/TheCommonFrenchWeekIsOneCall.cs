using PbxBot.Domain.Rules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>The usual shape, Monday to Friday 9:00–12:30 and 14:00–18:00: open 9:00–18:00 with a 12:30–14:00 lunch break.</summary>
public sealed class TheCommonFrenchWeekIsOneCall
{
    [Fact]
    public void WeekdaysAreOpenNineToSixWithALunchBreak()
    {
        var hours = Domain.OfficeHours.CommonWeekdays("Europe/Paris");

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], hours.OpenDays);
        Assert.All(hours.Hours, p => Assert.Equal((new TimeOnly(9, 0), new TimeOnly(18, 0)), (p.Start, p.Stop)));
        Assert.All(hours.BreakTime, p => Assert.Equal((new TimeOnly(12, 30), new TimeOnly(14, 0)), (p.Start, p.Stop)));
        Assert.Equal(5, hours.BreakTime.Count);
        Assert.Equal("Europe/Paris", hours.TimeZoneId);
    }

    [Fact]
    public void ItPassesEveryRule()
    {
        var validation = new RulesService().ValidateOfficeHours(Domain.OfficeHours.CommonWeekdays("Europe/Brussels"));

        Assert.True(validation.IsValid);
        Assert.Empty(validation.Warnings);
    }
}
