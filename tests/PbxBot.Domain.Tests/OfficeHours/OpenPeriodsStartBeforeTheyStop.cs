using PbxBot.Domain.Rules;
using static PbxBot.Domain.Tests.OfficeHours.Schedules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>An open period starts before it stops; the error sits on that weekday's input.</summary>
public sealed class OpenPeriodsStartBeforeTheyStop
{
    private readonly RulesService rules = new();

    [Theory]
    [InlineData("18:00", "09:00")]
    [InlineData("09:00", "09:00")]
    public void APeriodThatDoesNotStartBeforeItStopsIsRefused(string start, string stop)
    {
        var validation = rules.ValidateOfficeHours(Hours(P(DayOfWeek.Monday, start, stop)));

        var error = validation.Error(ErrorCodes.PeriodStartNotBeforeStop);
        Assert.Equal("hours.monday", error.Field);
        Assert.StartsWith("Lundi : la plage", error.Message.French, StringComparison.Ordinal);
        Assert.StartsWith("Monday: the period", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AMorningPeriodIsAccepted()
    {
        Assert.True(rules.ValidateOfficeHours(Hours(P(DayOfWeek.Monday, "09:00", "12:30"))).IsValid);
    }
}
