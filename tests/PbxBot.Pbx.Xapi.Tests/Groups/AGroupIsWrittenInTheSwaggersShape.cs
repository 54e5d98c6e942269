using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Tests.Fakes;
using PbxBot.Pbx.Xapi.Tests.Users;

namespace PbxBot.Pbx.Xapi.Tests.Groups;

/// <summary>Departments are created and changed with <c>Pbx.Group</c> bodies; office hours as <c>Pbx.Schedule</c>, <c>Pbx.Holiday</c> and the PBX's time zone id.</summary>
public sealed class AGroupIsWrittenInTheSwaggersShape
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_create_posts_name_language_visibility_and_transcription()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Json(new { Id = 30, Name = "Comptabilité", Language = "fr", GloballyVisible = false, TranscriptionMode = "Nothing" }, 201));

        var created = await rig.Pbx.CreateGroupAsync(new PbxGroupChanges
        {
            Name = new Set<string>("Comptabilité"),
            Language = new Set<string>("fr"),
            GloballyVisible = new Set<bool>(false),
            TranscriptionMode = new Set<TranscriptionMode>(TranscriptionMode.Nothing),
        }, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("POST", "/xapi/v1/Groups"), (call.Method, call.Path));
        AUserIsWrittenInTheSwaggersShape.AssertJson("""{"Name":"Comptabilité","Language":"fr","GloballyVisible":false,"TranscriptionMode":"Nothing"}""", call.Json);
        Assert.Equal((30, "Comptabilité"), (created.Id, created.Name));
    }

    [Fact]
    public async Task Office_hours_are_specific_hours_a_break_time_holidays_and_the_pbx_s_zone()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = request => request.Resource == "Defs/TimeZones" ? Reply.Page(GroupsAreReadWithTheirOfficeHours.TimeZones)(request) : Reply.NoContent()(request);
        var hours = new OfficeHours
        {
            Hours = [new Period(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0)), new Period(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(17, 0))],
            BreakTime = [new Period(DayOfWeek.Monday, new TimeOnly(12, 30), new TimeOnly(14, 0))],
            TimeZoneId = "Europe/Paris",
            Holidays = [new Holiday("Noël", new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 25), true), new Holiday("Fermeture", new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 14), false)],
        };

        await rig.Pbx.UpdateGroupAsync(12, new PbxGroupChanges { OfficeHours = new Set<OfficeHours>(hours) }, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls, c => c.Method == "PATCH");
        Assert.Equal("/xapi/v1/Groups(12)", call.Path);
        AUserIsWrittenInTheSwaggersShape.AssertJson("""
            {"Hours":{"Type":"SpecificHours","IgnoreHolidays":false,"Periods":[
                 {"DayOfWeek":"Monday","Start":"09:00:00","Stop":"18:00:00"},{"DayOfWeek":"Friday","Start":"09:00:00","Stop":"17:00:00"}]},
             "BreakTime":{"Type":"BreakTime","IgnoreHolidays":false,"Periods":[{"DayOfWeek":"Monday","Start":"12:30:00","Stop":"14:00:00"}]},
             "OfficeHolidays":[
                 {"Name":"Noël","Day":25,"Month":12,"Year":2026,"DayEnd":25,"MonthEnd":12,"YearEnd":2026,"IsRecurrent":true,"TimeOfStartDate":"PT0S","TimeOfEndDate":"PT23H59M"},
                 {"Name":"Fermeture","Day":3,"Month":8,"Year":2026,"DayEnd":14,"MonthEnd":8,"YearEnd":2026,"IsRecurrent":false,"TimeOfStartDate":"PT0S","TimeOfEndDate":"PT23H59M"}],
             "TimeZoneId":"52"}
            """, call.Json);
    }

    [Fact]
    public async Task A_change_patches_only_the_fields_set_without_reading_time_zones()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.UpdateGroupAsync(12, new PbxGroupChanges { GloballyVisible = new Set<bool>(true), TranscriptionMode = new Set<TranscriptionMode>(TranscriptionMode.Voicemail) }, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        AUserIsWrittenInTheSwaggersShape.AssertJson("""{"GloballyVisible":true,"TranscriptionMode":"Voicemail"}""", call.Json);
    }

    [Fact]
    public async Task A_delete_is_the_group_s_entity()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.DeleteGroupAsync(12, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("DELETE", "/xapi/v1/Groups(12)"), (call.Method, call.Path));
    }
}
