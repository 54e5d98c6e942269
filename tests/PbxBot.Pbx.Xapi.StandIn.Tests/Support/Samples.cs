using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Control;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Support;

/// <summary>A small PBX most tests start from: two departments, three DIDs, three users.</summary>
public static class Samples
{
    public static SeedData Office => new()
    {
        Groups =
        [
            TestPbx.Obj("""
                { "Name": "Support", "Language": "FR", "TimeZoneId": "Europe/Paris",
                  "Hours": { "Type": "OfficeHours", "IgnoreHolidays": false, "Periods": [ { "DayOfWeek": "Monday", "Start": "09:00:00", "Stop": "18:00:00" } ] },
                  "OfficeHolidays": [ { "Name": "Noël", "Day": 25, "Month": 12, "IsRecurrent": true } ] }
                """),
            TestPbx.Obj("""{ "Name": "Sales" }"""),
        ],
        DidNumbers =
        [
            TestPbx.Obj("""{ "Number": "+33180203040", "TrunkId": 1 }"""),
            TestPbx.Obj("""{ "Number": "+33180203041", "TrunkId": 1 }"""),
            TestPbx.Obj("""{ "Number": "+33180203042", "TrunkId": 1 }"""),
        ],
        Users =
        [
            TestPbx.Obj("""
                { "Number": "101", "FirstName": "Marie", "LastName": "Curie", "EmailAddress": "marie.curie@example.com",
                  "OutboundCallerID": "+33180203040", "Groups": [ { "Name": "Support", "Rights": { "RoleName": "managers" } } ] }
                """),
            TestPbx.Obj("""
                { "Number": "102", "FirstName": "Pierre", "LastName": "Curie", "EmailAddress": "pierre.curie@example.com",
                  "Groups": [ { "Name": "Sales" }, { "Name": "Support" } ] }
                """),
            TestPbx.Obj("""{ "Number": "103", "FirstName": "Seán", "LastName": "O'Brien" }"""),
        ],
    };

    public static async Task<(TestPbx Pbx, SeedResult Seeded)> OfficeAsync(PbxOptions? options = null)
    {
        var pbx = await TestPbx.NewAsync(options);
        return (pbx, await pbx.SeedAsync(Office));
    }

    public static string Json(this JsonNode node) => node.ToJsonString();
}
