using System.Globalization;
using PbxBot.Domain;
using PbxBot.Domain.Rules;
using DomainOfficeHours = PbxBot.Domain.OfficeHours;

namespace PbxBot.Application.Wizards.OfficeHours;

/// <summary>Between the domain's periods (3CX Hours + BreakTime) and the card's one-row-per-day view.</summary>
internal static class OfficeHoursMapping
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Key(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static List<DayHours> ToDays(DomainOfficeHours hours) => Week.Select(day =>
    {
        var open = hours.Hours.Where(p => p.DayOfWeek == day).OrderBy(p => p.Start).ToArray();
        var breaks = hours.BreakTime.Where(p => p.DayOfWeek == day).OrderBy(p => p.Start).ToArray();
        if (open.Length == 0)
        {
            return new DayHours { Day = day, Open = false };
        }
        // Two open periods with a gap are shown as one day with that gap as its break.
        var gap = open.Length > 1 ? new Period(day, open[0].Stop, open[1].Start) : breaks.FirstOrDefault();
        return new DayHours
        {
            Day = day,
            Open = true,
            Start = Format(open[0].Start),
            Stop = Format(open[^1].Stop),
            BreakStart = gap is null ? null : Format(gap.Start),
            BreakStop = gap is null ? null : Format(gap.Stop),
        };
    }).ToList();

    /// <summary>The domain value, or the fields whose time could not be read.</summary>
    public static DomainOfficeHours ToDomain(OfficeHoursState s, Language language, Dictionary<string, string> errors)
    {
        var hours = new List<Period>();
        var breaks = new List<Period>();
        foreach (var d in s.Days.Where(d => d.Open))
        {
            if (!TryParse(d.Start, out var start) || !TryParse(d.Stop, out var stop))
            {
                errors.TryAdd(OfficeHoursFields.Day(d.Day), OfficeHoursText.BadTime.In(language));
                continue;
            }
            hours.Add(new Period(d.Day, start, stop));
            if (string.IsNullOrWhiteSpace(d.BreakStart) && string.IsNullOrWhiteSpace(d.BreakStop))
            {
                continue;
            }
            if (!TryParse(d.BreakStart, out var bs) || !TryParse(d.BreakStop, out var be))
            {
                errors.TryAdd(OfficeHoursFields.Break(d.Day), OfficeHoursText.BadTime.In(language));
                continue;
            }
            breaks.Add(new Period(d.Day, bs, be));
        }
        var holidays = new List<Holiday>();
        for (var i = 0; i < s.Holidays.Count; i++)
        {
            var h = s.Holidays[i];
            if (!DateOnly.TryParseExact(h.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(string.IsNullOrWhiteSpace(h.End) ? h.Start : h.End, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                errors.TryAdd(OfficeHoursFields.Holiday(i), OfficeHoursText.BadDate.In(language));
                continue;
            }
            holidays.Add(new Holiday(h.Name, from, to, h.Recurrent));
        }
        return new DomainOfficeHours { Hours = hours, BreakTime = breaks, TimeZoneId = s.TimeZoneId, Holidays = holidays };
    }

    public static string Format(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
