using PbxBot.Domain.Rules;
using static PbxBot.Domain.Tests.OfficeHours.Schedules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>Two open periods of the same day never overlap; touching ones (12:00–14:00 after 9:00–12:00) are fine.</summary>
public sealed class PeriodsOfADayNeverOverlap
{
    private readonly RulesService rules = new();

    [Fact]
    public void OverlappingPeriodsOfADayAreRefused()
    {
        var validation = rules.ValidateOfficeHours(Hours(P(DayOfWeek.Tuesday, "09:00", "12:30"), P(DayOfWeek.Tuesday, "12:00", "18:00")));

        var error = validation.Error(ErrorCodes.PeriodOverlap);
        Assert.Equal("hours.tuesday", error.Field);
        Assert.Equal("Mardi : les plages 09:00–12:30 et 12:00–18:00 se chevauchent : fusionnez-les ou décalez-les.", error.Message.French);
    }

    [Fact]
    public void APeriodInsideAnotherOneIsAnOverlap()
    {
        var validation = rules.ValidateOfficeHours(Hours(P(DayOfWeek.Friday, "08:00", "19:00"), P(DayOfWeek.Friday, "10:00", "11:00")));

        Assert.True(validation.HasError(ErrorCodes.PeriodOverlap));
    }

    [Fact]
    public void AnOverlapIsFoundWhateverTheOrderOfThePeriods()
    {
        var validation = rules.ValidateOfficeHours(Hours(P(DayOfWeek.Friday, "14:00", "15:00"), P(DayOfWeek.Friday, "08:00", "19:00"), P(DayOfWeek.Friday, "10:00", "11:00")));

        Assert.Equal(2, validation.Errors.Count(e => e.Code == ErrorCodes.PeriodOverlap));
    }

    [Fact]
    public void TouchingPeriodsAndTheSameHoursOnOtherDaysAreFine()
    {
        var validation = rules.ValidateOfficeHours(Hours(
            P(DayOfWeek.Monday, "09:00", "12:00"), P(DayOfWeek.Monday, "12:00", "14:00"), P(DayOfWeek.Tuesday, "09:00", "12:00")));

        Assert.True(validation.IsValid);
    }
}
