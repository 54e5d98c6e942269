namespace PbxBot.Pbx.Xapi.Wire;

/// <summary>The properties of <c>Pbx.Group</c> (a department) PbxBot reads.</summary>
internal sealed record XapiGroup
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public string? Language { get; init; }

    public bool? GloballyVisible { get; init; }

    /// <summary><c>Pbx.TranscriptionType</c>, a flags enum: <c>Nothing</c>, <c>Voicemail</c>, <c>Recordings</c>, <c>Both</c>, <c>Inherit</c>.</summary>
    public string? TranscriptionMode { get; init; }

    public bool? IsDefault { get; init; }

    public XapiSchedule? Hours { get; init; }

    public XapiSchedule? BreakTime { get; init; }

    /// <summary>The navigation property <c>OfficeHolidays</c>, present only when expanded.</summary>
    public IReadOnlyList<XapiHoliday>? OfficeHolidays { get; init; }

    public string? TimeZoneId { get; init; }
}

/// <summary><c>Pbx.Schedule</c>: a <c>Pbx.RuleHoursType</c> and its periods.</summary>
internal sealed record XapiSchedule
{
    public string? Type { get; init; }

    public bool? IgnoreHolidays { get; init; }

    public IReadOnlyList<XapiPeriod>? Periods { get; init; }
}

/// <summary><c>Pbx.Period</c>: a <c>Pbx.DayOfWeek</c> and two times of day <c>HH:mm:ss</c>.</summary>
internal sealed record XapiPeriod
{
    public string? DayOfWeek { get; init; }

    public string? Start { get; init; }

    public string? Stop { get; init; }
}

/// <summary><c>Pbx.Holiday</c>: first and last day as day, month and year numbers, each day's times as ISO 8601 durations.</summary>
internal sealed record XapiHoliday
{
    public string? Name { get; init; }

    public int Day { get; init; }

    public int Month { get; init; }

    public int Year { get; init; }

    public int DayEnd { get; init; }

    public int MonthEnd { get; init; }

    public int YearEnd { get; init; }

    public bool? IsRecurrent { get; init; }
}
