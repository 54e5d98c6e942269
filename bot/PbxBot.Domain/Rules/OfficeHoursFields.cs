namespace PbxBot.Domain.Rules;

/// <summary>The office-hours cards' input ids: one per weekday for open hours and for breaks, one per holiday.</summary>
public static class OfficeHoursFields
{
    public const string TimeZone = "timeZone";

    /// <summary>The schedule as a whole ("at least one open day").</summary>
    public const string Hours = "hours";

    /// <summary><c>hours.monday</c> … <c>hours.sunday</c>.</summary>
    public static string Day(DayOfWeek day) => "hours." + DayName(day);

    /// <summary><c>break.monday</c> … <c>break.sunday</c>.</summary>
    public static string Break(DayOfWeek day) => "break." + DayName(day);

    /// <summary><c>holiday.0</c>, <c>holiday.1</c>… in the order of <see cref="OfficeHours.Holidays"/>.</summary>
    public static string Holiday(int index) => "holiday." + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string DayName(DayOfWeek day) => day.ToString().ToLowerInvariant();
}
