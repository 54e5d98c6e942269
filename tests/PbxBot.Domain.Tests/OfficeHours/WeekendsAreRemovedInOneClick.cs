using PbxBot.Domain.Rules;
using static PbxBot.Domain.Tests.OfficeHours.Schedules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>Seed 001: "Vous pouvez aussi supprimer les jours non travaillés comme le week-end."</summary>
public sealed class WeekendsAreRemovedInOneClick
{
    [Fact]
    public void SaturdayAndSundayPeriodsAndBreaksAreRemoved()
    {
        var week = Hours(
            P(DayOfWeek.Monday, "09:00", "18:00"),
            P(DayOfWeek.Saturday, "09:00", "12:00"),
            P(DayOfWeek.Sunday, "10:00", "12:00")) with
        {
            BreakTime = [P(DayOfWeek.Monday, "12:30", "14:00"), P(DayOfWeek.Saturday, "10:00", "10:15")],
            Holidays = [new Holiday("Noël", new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 25), true)],
        };

        var weekdays = week.WithoutWeekends();

        Assert.Equal([DayOfWeek.Monday], weekdays.OpenDays);
        Assert.Equal([P(DayOfWeek.Monday, "12:30", "14:00")], weekdays.BreakTime);
        Assert.Equal(week.Holidays, weekdays.Holidays);
        Assert.Equal(week.TimeZoneId, weekdays.TimeZoneId);
        Assert.True(new RulesService().ValidateOfficeHours(weekdays).IsValid);
    }

    [Fact]
    public void AWeekWithoutWeekendIsUnchanged()
    {
        var hours = Domain.OfficeHours.CommonWeekdays("Europe/Paris");

        var weekdays = hours.WithoutWeekends();

        Assert.Equal(hours.Hours, weekdays.Hours);
        Assert.Equal(hours.BreakTime, weekdays.BreakTime);
    }

    [Fact]
    public void AWeekendOnlyScheduleHasNoOpenDayLeft()
    {
        var weekend = Hours(P(DayOfWeek.Saturday, "09:00", "12:00")).WithoutWeekends();

        Assert.True(new RulesService().ValidateOfficeHours(weekend).HasError(ErrorCodes.NoOpenDay));
    }
}
