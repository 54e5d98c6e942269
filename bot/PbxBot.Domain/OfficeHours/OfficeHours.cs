namespace PbxBot.Domain;

/// <summary>
/// A department's office hours (3CX <c>Group.Hours</c>, <c>BreakTime</c>, <c>TimeZoneId</c> and
/// <c>OfficeHolidays</c>): open periods per weekday, a separate lunch-break schedule, and holidays.
/// </summary>
public sealed record OfficeHours
{
    /// <summary>Open periods (3CX <c>Hours.Periods</c>).</summary>
    public IReadOnlyList<Period> Hours { get; init; } = [];

    /// <summary>Breaks such as lunch (3CX <c>BreakTime.Periods</c>); each lies inside an open period of its day.</summary>
    public IReadOnlyList<Period> BreakTime { get; init; } = [];

    public string TimeZoneId { get; init; } = "Europe/Paris";

    public IReadOnlyList<Holiday> Holidays { get; init; } = [];

    public IEnumerable<DayOfWeek> OpenDays => Hours.Select(p => p.DayOfWeek).Distinct().OrderBy(d => ((int)d + 6) % 7);

    /// <summary>The common French shape: Monday to Friday, 9:00–12:30 and 14:00–18:00 (lunch 12:30–14:00).</summary>
    public static OfficeHours CommonWeekdays(string timeZoneId)
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        return new OfficeHours
        {
            Hours = weekdays.Select(d => new Period(d, new TimeOnly(9, 0), new TimeOnly(18, 0))).ToArray(),
            BreakTime = weekdays.Select(d => new Period(d, new TimeOnly(12, 30), new TimeOnly(14, 0))).ToArray(),
            TimeZoneId = timeZoneId,
        };
    }

    /// <summary>Seed 001: "supprimer les jours non travaillés comme le week-end" — one click.</summary>
    public OfficeHours WithoutWeekends() => this with
    {
        Hours = Hours.Where(p => !p.IsWeekend).ToArray(),
        BreakTime = BreakTime.Where(p => !p.IsWeekend).ToArray(),
    };
}

/// <summary>A time span on one weekday (3CX <c>Period</c>: DayOfWeek, Start, Stop).</summary>
public sealed record Period(DayOfWeek DayOfWeek, TimeOnly Start, TimeOnly Stop)
{
    public bool IsWeekend => DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public bool Overlaps(Period other) => DayOfWeek == other.DayOfWeek && Start < other.Stop && other.Start < Stop;

    public bool Contains(Period inner) => DayOfWeek == inner.DayOfWeek && Start <= inner.Start && inner.Stop <= Stop;
}

/// <summary>
/// A closed day or range of days (3CX <c>Holiday</c>). <see cref="IsRecurrent"/> repeats it every year on the
/// same dates (the year part of <see cref="Start"/>/<see cref="End"/> is then ignored).
/// </summary>
public sealed record Holiday(string Name, DateOnly Start, DateOnly End, bool IsRecurrent);
