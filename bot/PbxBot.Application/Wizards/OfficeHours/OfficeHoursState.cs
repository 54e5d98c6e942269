namespace PbxBot.Application.Wizards.OfficeHours;

/// <summary>A department's office hours being edited, day by day, as the cards show them.</summary>
public sealed class OfficeHoursState
{
    public string? DepartmentKey { get; set; }

    public string? DepartmentName { get; set; }

    /// <summary>The department's ETag when its hours were loaded: a change by someone else meanwhile is detected at save.</summary>
    public string? DepartmentETag { get; set; }

    /// <summary>Monday first, as a French admin reads a week.</summary>
    public List<DayHours> Days { get; set; } = [];

    public string TimeZoneId { get; set; } = "Europe/Paris";

    public List<HolidayEntry> Holidays { get; set; } = [];
}

/// <summary>One weekday: open or closed, opening and closing time, and an optional lunch break ("HH:mm").</summary>
public sealed class DayHours
{
    public DayOfWeek Day { get; set; }

    public bool Open { get; set; }

    public string? Start { get; set; }

    public string? Stop { get; set; }

    public string? BreakStart { get; set; }

    public string? BreakStop { get; set; }
}

/// <summary>A closed day or range of days ("yyyy-MM-dd").</summary>
public sealed class HolidayEntry
{
    public string Name { get; set; } = "";

    public string Start { get; set; } = "";

    public string End { get; set; } = "";

    public bool Recurrent { get; set; }
}
