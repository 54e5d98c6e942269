namespace PbxBot.Domain.Rules;

/// <summary>
/// Seed 001, "Définir les horaires": open periods per weekday that start before they stop and never overlap,
/// breaks inside open hours, at least one open day, an IANA time zone, and holidays with a name and sane dates.
/// </summary>
internal static class OfficeHoursRules
{
    /// <summary>Longer than this, a closure is almost surely a typo in the year.</summary>
    private const int MaxHolidayDays = 366;

    public static Validation<OfficeHours> Validate(OfficeHours hours)
    {
        var v = new ValidationBuilder();
        var timeZone = TimeZone(v, hours.TimeZoneId);
        if (hours.Hours.Count == 0)
        {
            v.Error(OfficeHoursFields.Hours, ErrorCodes.NoOpenDay);
        }
        var open = Periods(v, hours.Hours, OfficeHoursFields.Day, ErrorCodes.PeriodStartNotBeforeStop, ErrorCodes.PeriodOverlap);
        var breaks = Periods(v, hours.BreakTime, OfficeHoursFields.Break, ErrorCodes.BreakStartNotBeforeStop, ErrorCodes.BreakOverlap);
        foreach (var b in breaks)
        {
            if (!open.Any(p => p.Contains(b)))
            {
                v.Error(OfficeHoursFields.Break(b.DayOfWeek), ErrorCodes.BreakOutsideHours,
                    Phrases.Day(b.DayOfWeek), Phrases.Span(b), Phrases.Spans(open.Where(p => p.DayOfWeek == b.DayOfWeek)));
            }
        }
        var holidays = hours.Holidays.Select((h, i) => Holiday(v, h, i)).ToArray();
        return v.Build(() => hours with
        {
            Hours = Sorted(hours.Hours),
            BreakTime = Sorted(hours.BreakTime),
            TimeZoneId = timeZone,
            Holidays = holidays,
        });
    }

    /// <summary>An IANA id such as Europe/Paris, known to this machine (a Windows id like "Romance Standard Time" is not one).</summary>
    public static bool IsIanaTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    private static string TimeZone(ValidationBuilder v, string? raw)
    {
        var id = raw?.Trim() ?? "";
        if (id.Length == 0)
        {
            v.Error(OfficeHoursFields.TimeZone, ErrorCodes.TimeZoneRequired);
        }
        else if (!IsIanaTimeZone(id))
        {
            v.Error(OfficeHoursFields.TimeZone, ErrorCodes.TimeZoneInvalid, id);
        }
        return id;
    }

    /// <summary>Checks each period and each day's overlaps; returns the well-formed periods, for the breaks' check.</summary>
    private static List<Period> Periods(ValidationBuilder v, IReadOnlyList<Period> periods, Func<DayOfWeek, string> field, string backwards, string overlap)
    {
        var wellFormed = new List<Period>(periods.Count);
        foreach (var p in periods)
        {
            if (p.Start >= p.Stop)
            {
                v.Error(field(p.DayOfWeek), backwards, Phrases.Day(p.DayOfWeek), Phrases.Time(p.Start), Phrases.Time(p.Stop));
            }
            else
            {
                wellFormed.Add(p);
            }
        }
        foreach (var day in wellFormed.GroupBy(p => p.DayOfWeek))
        {
            var sorted = day.OrderBy(p => p.Start).ToArray();
            var latest = sorted[0];
            foreach (var p in sorted.Skip(1))
            {
                if (p.Overlaps(latest))
                {
                    v.Error(field(day.Key), overlap, Phrases.Day(day.Key), Phrases.Span(latest), Phrases.Span(p));
                }
                if (p.Stop > latest.Stop)
                {
                    latest = p;
                }
            }
        }
        return wellFormed;
    }

    private static Holiday Holiday(ValidationBuilder v, Holiday h, int index)
    {
        var name = NameRules.Clean(h.Name);
        var field = OfficeHoursFields.Holiday(index);
        if (name.Length == 0)
        {
            v.Error(field, ErrorCodes.HolidayNameRequired, Phrases.Dates(h));
        }
        else if (name.Length > NameRules.MaxHolidayName)
        {
            v.Error(field, ErrorCodes.HolidayNameTooLong, NameRules.MaxHolidayName);
        }
        if (h.End < h.Start)
        {
            v.Error(field, ErrorCodes.HolidayEndBeforeStart, Phrases.Closure(name), Phrases.Date(h.Start), Phrases.Date(h.End));
        }
        else if (h.End.DayNumber - h.Start.DayNumber >= MaxHolidayDays)
        {
            v.Error(field, ErrorCodes.HolidayTooLong, Phrases.Closure(name));
        }
        return h with { Name = name };
    }

    /// <summary>Monday first, as a French week is read; then by start time.</summary>
    private static Period[] Sorted(IEnumerable<Period> periods) => periods.OrderBy(p => ((int)p.DayOfWeek + 6) % 7).ThenBy(p => p.Start).ToArray();
}
