using PbxBot.Domain;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>Short ways to write office hours in tests: <c>Open(Monday, "9:00", "12:00")</c>.</summary>
internal static class Schedules
{
    public static Period P(DayOfWeek day, string start, string stop) =>
        new(day, TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(stop, System.Globalization.CultureInfo.InvariantCulture));

    public static Domain.OfficeHours Hours(params Period[] open) => new() { Hours = open, TimeZoneId = "Europe/Paris" };
}
