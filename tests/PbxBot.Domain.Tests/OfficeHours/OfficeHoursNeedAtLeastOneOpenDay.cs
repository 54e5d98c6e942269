using PbxBot.Domain.Rules;
using static PbxBot.Domain.Tests.OfficeHours.Schedules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>A schedule with no open period at all would leave the department closed for ever.</summary>
public sealed class OfficeHoursNeedAtLeastOneOpenDay
{
    private readonly RulesService rules = new();

    [Fact]
    public void NoOpenPeriodIsAnErrorOnTheScheduleAsAWhole()
    {
        var error = rules.ValidateOfficeHours(Hours()).Error(ErrorCodes.NoOpenDay);

        Assert.Equal(OfficeHoursFields.Hours, error.Field);
    }

    [Fact]
    public void OneOpenDayIsEnough()
    {
        var validation = rules.ValidateOfficeHours(Hours(P(DayOfWeek.Wednesday, "09:00", "12:00")));

        Assert.True(validation.IsValid);
        Assert.Equal([DayOfWeek.Wednesday], validation.Value!.OpenDays);
    }
}
