using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>OData PATCH: 204; only the given properties change; objects merge, collections are replaced whole.</summary>
public sealed class PatchChangesOnlyWhatItNames
{
    [Fact]
    public async Task OtherPropertiesKeepTheirValues()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var id = seeded.UserId("101");

        var patch = await pbx.PatchAsync($"/Users({id})", """{ "FirstName": "Maria", "Mobile": "+33612345678" }""");

        Assert.Equal(HttpStatusCode.NoContent, patch.Status);
        Assert.Empty(patch.Text);
        var user = (await pbx.GetAsync($"/Users({id})")).Body!;
        Assert.Equal("Maria", user["FirstName"]!.GetValue<string>());
        Assert.Equal("Curie", user["LastName"]!.GetValue<string>());
        Assert.Equal("+33612345678", user["Mobile"]!.GetValue<string>());
        Assert.Equal("+33180203040", user["OutboundCallerID"]!.GetValue<string>());
    }

    [Fact]
    public async Task AUsersGroupsAreReplacedNotMerged()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var support = seeded.GroupId("Support");

        await pbx.PatchAsync($"/Users({seeded.UserId("102")})", $$"""{ "Groups": [ { "GroupId": {{support}} } ], "PrimaryGroupId": {{support}} }""");

        var groups = (await pbx.GetAsync($"/Users({seeded.UserId("102")})/Groups")).Value;
        Assert.Equal([support], groups.Select(g => g!["GroupId"]!.GetValue<int>()));
    }

    [Fact]
    public async Task OfficeHolidaysAreReplacedAndHoursMerged()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var support = seeded.GroupId("Support");

        var patch = await pbx.PatchAsync($"/Groups({support})", """
            { "OfficeHolidays": [ { "Name": "Nouvel an", "Day": 1, "Month": 1, "IsRecurrent": true } ], "Hours": { "IgnoreHolidays": true } }
            """);

        Assert.Equal(HttpStatusCode.NoContent, patch.Status);
        var group = (await pbx.GetAsync($"/Groups({support})?$expand=OfficeHolidays")).Body!;
        var holiday = group["OfficeHolidays"]!.AsArray().Single()!;
        Assert.Equal("Nouvel an", holiday["Name"]!.GetValue<string>());
        Assert.True(holiday["Id"]!.GetValue<int>() > 0);
        Assert.True(group["Hours"]!["IgnoreHolidays"]!.GetValue<bool>());
        Assert.Equal("OfficeHours", group["Hours"]!["Type"]!.GetValue<string>());
        Assert.Single(group["Hours"]!["Periods"]!.AsArray());
        Assert.Equal("FR", group["Language"]!.GetValue<string>());
    }

    [Fact]
    public async Task PeriodsGivenReplaceThePeriods()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var support = seeded.GroupId("Support");

        await pbx.PatchAsync($"/Groups({support})", """
            { "Hours": { "Periods": [ { "DayOfWeek": "Tuesday", "Start": "08:00:00", "Stop": "12:00:00" }, { "DayOfWeek": "Tuesday", "Start": "14:00:00", "Stop": "17:30:00" } ] } }
            """);

        var periods = (await pbx.GetAsync($"/Groups({support})")).Body!["Hours"]!["Periods"]!.AsArray();
        Assert.Equal(["08:00:00", "14:00:00"], periods.Select(p => p!["Start"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnUnknownIdIsA404AndRepresentationCanBeAskedFor()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var missing = await pbx.PatchAsync("/Users(424242)", """{ "FirstName": "x" }""");
        var represented = await pbx.SendAsync(HttpMethod.Patch, $"/Users({seeded.UserId("103")})", """{ "FirstName": "Sean" }""", adjust: r => r.Headers.Add("Prefer", "return=representation"));

        missing.AssertError(HttpStatusCode.NotFound, "NOT_FOUND", null);
        Assert.Equal(HttpStatusCode.OK, represented.Status);
        Assert.Equal("Sean", represented.Body!["FirstName"]!.GetValue<string>());
    }
}
