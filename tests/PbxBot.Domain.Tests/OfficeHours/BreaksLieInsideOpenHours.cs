using PbxBot.Domain.Rules;
using static PbxBot.Domain.Tests.OfficeHours.Schedules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>Seed 001, "pauses déjeuner": a break lies inside an open period of its day, and breaks do not overlap.</summary>
public sealed class BreaksLieInsideOpenHours
{
    private readonly RulesService rules = new();

    [Fact]
    public void ALunchBreakInsideTheDayIsAccepted()
    {
        var hours = Hours(P(DayOfWeek.Monday, "09:00", "18:00")) with { BreakTime = [P(DayOfWeek.Monday, "12:30", "14:00")] };

        Assert.True(rules.ValidateOfficeHours(hours).IsValid);
    }

    [Fact]
    public void ABreakOnAClosedDayIsRefused()
    {
        var hours = Hours(P(DayOfWeek.Monday, "09:00", "18:00")) with { BreakTime = [P(DayOfWeek.Saturday, "12:30", "14:00")] };

        var error = rules.ValidateOfficeHours(hours).Error(ErrorCodes.BreakOutsideHours);

        Assert.Equal("break.saturday", error.Field);
        Assert.Equal("Samedi : la pause 12:30–14:00 n'est pas dans les heures d'ouverture (fermé ce jour-là) : placez-la dans une plage ouverte.", error.Message.French);
    }

    [Fact]
    public void ABreakStraddlingTheClosingTimeIsRefused()
    {
        var hours = Hours(P(DayOfWeek.Monday, "09:00", "12:00"), P(DayOfWeek.Monday, "14:00", "18:00")) with { BreakTime = [P(DayOfWeek.Monday, "11:30", "14:30")] };

        var error = rules.ValidateOfficeHours(hours).Error(ErrorCodes.BreakOutsideHours);

        Assert.Contains("09:00–12:00, 14:00–18:00", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ABackwardsBreakIsRefused()
    {
        var hours = Hours(P(DayOfWeek.Monday, "09:00", "18:00")) with { BreakTime = [P(DayOfWeek.Monday, "14:00", "12:30")] };

        Assert.Equal("break.monday", rules.ValidateOfficeHours(hours).Error(ErrorCodes.BreakStartNotBeforeStop).Field);
    }

    [Fact]
    public void OverlappingBreaksAreRefused()
    {
        var hours = Hours(P(DayOfWeek.Monday, "09:00", "18:00")) with { BreakTime = [P(DayOfWeek.Monday, "12:00", "13:00"), P(DayOfWeek.Monday, "12:30", "14:00")] };

        Assert.True(rules.ValidateOfficeHours(hours).HasError(ErrorCodes.BreakOverlap));
    }
}
