using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Wire;

namespace PbxBot.Pbx.Xapi.Mapping;

/// <summary>
/// A department's <see cref="OfficeHours"/> ↔ the group's <c>Hours</c> and <c>BreakTime</c> (<c>Pbx.Schedule</c>),
/// <c>OfficeHolidays</c> (<c>Pbx.Holiday</c>) and <c>TimeZoneId</c>.
/// </summary>
/// <remarks>
/// Schedule types (<c>Pbx.RuleHoursType</c>): open hours are <c>SpecificHours</c> — open during exactly these periods —
/// with <c>IgnoreHolidays</c> false, so the group's holidays close it; breaks are <c>BreakTime</c>, the type the enum
/// has for them. The other values describe rules that follow a schedule (<c>OfficeHours</c>, <c>OutOfOfficeHours</c>,
/// <c>AllHours</c>…), not a department's own hours. Holidays are whole days: 00:00 (<c>PT0S</c>) on the first day to
/// 23:59 (<c>PT23H59M</c>) on the last.
/// </remarks>
internal static class OfficeHoursMapping
{
    public const string OpenType = "SpecificHours";
    public const string BreakType = "BreakTime";
    public const string HolidayStart = "PT0S";
    public const string HolidayEnd = "PT23H59M";

    private const string TimeFormat = "HH:mm:ss";

    /// <summary>The properties of a group's office hours, to select and (holidays) expand.</summary>
    public const string Select = "Hours,BreakTime,TimeZoneId";

    public const string ExpandHolidays = "OfficeHolidays($select=Name,Day,Month,Year,DayEnd,MonthEnd,YearEnd,IsRecurrent)";

    /// <summary>Null when the group has no periods and no holidays: the PBX has no office hours for it.</summary>
    public static OfficeHours? FromWire(XapiGroup group, TimeZoneTable zones, string defaultTimeZone)
    {
        var hours = Periods(group.Hours);
        var breaks = Periods(group.BreakTime);
        var holidays = (group.OfficeHolidays ?? []).Select(Holiday).OfType<Holiday>().ToArray();
        if (hours.Length == 0 && breaks.Length == 0 && holidays.Length == 0)
        {
            return null;
        }
        return new OfficeHours
        {
            Hours = hours,
            BreakTime = breaks,
            Holidays = holidays,
            TimeZoneId = zones.ToIana(group.TimeZoneId) ?? defaultTimeZone,
        };
    }

    /// <summary>Adds the office hours to a group's body; null (none) opens the group at all hours, without breaks or holidays.</summary>
    public static void AddTo(JsonObject body, OfficeHours? hours, TimeZoneTable zones)
    {
        body["Hours"] = hours is null ? Schedule("AllHours", []) : Schedule(OpenType, hours.Hours);
        body["BreakTime"] = Schedule(BreakType, hours?.BreakTime ?? []);
        body["OfficeHolidays"] = new JsonArray([.. (hours?.Holidays ?? []).Select(Holiday)]);
        if (hours is not null)
        {
            body["TimeZoneId"] = zones.ToPbx(hours.TimeZoneId);
        }
    }

    private static JsonObject Schedule(string type, IEnumerable<Period> periods) => new()
    {
        ["Type"] = type,
        ["IgnoreHolidays"] = false,
        ["Periods"] = new JsonArray([.. periods.Select(p => new JsonObject
        {
            ["DayOfWeek"] = p.DayOfWeek.ToString(),
            ["Start"] = p.Start.ToString(TimeFormat, CultureInfo.InvariantCulture),
            ["Stop"] = p.Stop.ToString(TimeFormat, CultureInfo.InvariantCulture),
        })]),
    };

    private static JsonObject Holiday(Holiday holiday) => new()
    {
        ["Name"] = holiday.Name,
        ["Day"] = holiday.Start.Day,
        ["Month"] = holiday.Start.Month,
        ["Year"] = holiday.Start.Year,
        ["DayEnd"] = holiday.End.Day,
        ["MonthEnd"] = holiday.End.Month,
        ["YearEnd"] = holiday.End.Year,
        ["IsRecurrent"] = holiday.IsRecurrent,
        ["TimeOfStartDate"] = HolidayStart,
        ["TimeOfEndDate"] = HolidayEnd,
    };

    private static Period[] Periods(XapiSchedule? schedule) =>
        [.. (schedule?.Periods ?? []).Select(Period).OfType<Period>()];

    private static Period? Period(XapiPeriod period) =>
        Enum.TryParse<DayOfWeek>(period.DayOfWeek, ignoreCase: true, out var day) && Enum.IsDefined(day)
        && TimeOnly.TryParse(period.Start, CultureInfo.InvariantCulture, out var start)
        && TimeOnly.TryParse(period.Stop, CultureInfo.InvariantCulture, out var stop)
            ? new Period(day, start, stop)
            : null;

    private static Holiday? Holiday(XapiHoliday holiday)
    {
        // A recurrent holiday may come without a year; 2000 is a leap year, so 29 February stays a date.
        var start = Date(holiday.Year, holiday.Month, holiday.Day);
        var end = Date(holiday.YearEnd > 0 ? holiday.YearEnd : holiday.Year, holiday.MonthEnd > 0 ? holiday.MonthEnd : holiday.Month, holiday.DayEnd > 0 ? holiday.DayEnd : holiday.Day);
        return start is { } first && end is { } last && !string.IsNullOrWhiteSpace(holiday.Name)
            ? new Holiday(holiday.Name, first, last < first ? first : last, holiday.IsRecurrent ?? false)
            : null;
    }

    private static DateOnly? Date(int year, int month, int day)
    {
        var y = year is >= 1 and <= 9999 ? year : 2000;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
    }
}
