using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Groups;

/// <summary>Departments are read page by page with their language, visibility, transcription and office hours (Hours, BreakTime, holidays, time zone).</summary>
public sealed class GroupsAreReadWithTheirOfficeHours
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static readonly object[] TimeZones =
    [
        new { Id = "51", IanaName = "Europe/London" },
        new { Id = "52", IanaName = "Europe/Paris" },
    ];

    internal static readonly object Support = new
    {
        Id = 12,
        Name = "Support",
        Language = "fr",
        GloballyVisible = true,
        TranscriptionMode = "Voicemail, Recordings",
        IsDefault = false,
        TimeZoneId = "52",
        Hours = new { Type = "SpecificHours", IgnoreHolidays = false, Periods = new[] { new { DayOfWeek = "Monday", Start = "09:00:00", Stop = "18:00:00" } } },
        BreakTime = new { Type = "BreakTime", IgnoreHolidays = false, Periods = new[] { new { DayOfWeek = "Monday", Start = "12:30:00", Stop = "14:00:00" } } },
        OfficeHolidays = new[] { new { Name = "Noël", Day = 25, Month = 12, Year = 2026, DayEnd = 25, MonthEnd = 12, YearEnd = 2026, IsRecurrent = true } },
    };

    [Fact]
    public async Task A_group_reads_with_its_office_hours_in_iana_time()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = request => request.Resource == "Defs/TimeZones" ? Reply.Page(TimeZones)(request)
            : Reply.Page([Support, new { Id = 1, Name = "DEFAULT", IsDefault = true, TranscriptionMode = "Inherit" }])(request);

        var groups = new List<PbxGroup>();
        await foreach (var page in rig.Pbx.ReadGroupsAsync(500, Ct))
        {
            groups.AddRange(page);
        }

        var support = groups[0];
        Assert.Equal((12, "Support", "fr", true, TranscriptionMode.Both, false), (support.Id, support.Name, support.Language, support.GloballyVisible, support.TranscriptionMode, support.IsDefault));
        var hours = support.OfficeHours!;
        Assert.Equal([new Period(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0))], hours.Hours);
        Assert.Equal([new Period(DayOfWeek.Monday, new TimeOnly(12, 30), new TimeOnly(14, 0))], hours.BreakTime);
        Assert.Equal([new Holiday("Noël", new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 25), true)], hours.Holidays);
        Assert.Equal("Europe/Paris", hours.TimeZoneId);
        Assert.Equal((1, true, TranscriptionMode.Nothing, null), (groups[1].Id, groups[1].IsDefault, groups[1].TranscriptionMode, groups[1].OfficeHours));
    }

    [Fact]
    public async Task The_query_selects_the_group_s_fields_and_expands_its_holidays()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Page([]);

        await foreach (var _ in rig.Pbx.ReadGroupsAsync(200, Ct))
        {
        }

        var zones = rig.Xapi.ApiCalls[0];
        Assert.Equal("/xapi/v1/Defs/TimeZones", zones.Path);
        Assert.Equal("Id,IanaName", zones.Query["$select"]);
        var groups = rig.Xapi.ApiCalls[1];
        Assert.Equal("/xapi/v1/Groups", groups.Path);
        Assert.Equal(new Dictionary<string, string>
        {
            ["$select"] = "Id,Name,Language,GloballyVisible,TranscriptionMode,IsDefault,Hours,BreakTime,TimeZoneId",
            ["$expand"] = "OfficeHolidays($select=Name,Day,Month,Year,DayEnd,MonthEnd,YearEnd,IsRecurrent)",
            ["$orderby"] = "Id",
            ["$top"] = "200",
            ["$skip"] = "0",
        }, groups.Query);
    }

    [Fact]
    public async Task The_time_zones_are_read_once()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Page([]);

        await foreach (var _ in rig.Pbx.ReadGroupsAsync(200, Ct))
        {
        }
        await foreach (var _ in rig.Pbx.ReadGroupsAsync(200, Ct))
        {
        }

        Assert.Single(rig.Xapi.ApiCalls, c => c.Resource == "Defs/TimeZones");
    }

    [Fact]
    public async Task Without_time_zone_definitions_zones_pass_through()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = request => request.Resource == "Defs/TimeZones" ? Reply.Status(404)(request)
            : Reply.Page([new { Id = 3, Name = "Ventes", TimeZoneId = "Europe/Paris", Hours = new { Type = "SpecificHours", Periods = new[] { new { DayOfWeek = "Friday", Start = "09:00:00", Stop = "17:00:00" } } } }])(request);

        var groups = new List<PbxGroup>();
        await foreach (var page in rig.Pbx.ReadGroupsAsync(500, Ct))
        {
            groups.AddRange(page);
        }

        Assert.Equal("Europe/Paris", Assert.Single(groups).OfficeHours!.TimeZoneId);
    }
}
