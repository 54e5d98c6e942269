using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.Swagger;
using PbxBot.Pbx.Xapi.StandIn.TestApi;

namespace PbxBot.Pbx.Xapi.StandIn.Hosting;

/// <summary>
/// The demo PBX (<c>--demo</c>), at the root with fixed credentials: clearly fake data — "Demo" departments,
/// example.com addresses, DIDs from the UK's drama range (+44 20 7946 0xxx, never a real line).
/// </summary>
public static class DemoData
{
    public const string ClientId = "pbxbot-demo";
    public const string ClientSecret = "demo-secret";

    public static PbxTenant Seed(TenantRegistry tenants, SwaggerDocument swagger)
    {
        var tenant = tenants.ResetDefault(new JsonObject
        {
            ["clientId"] = ClientId,
            ["clientSecret"] = ClientSecret,
            ["fqdn"] = "demo.pbx.example.com",
            ["userNumberFrom"] = 100,
            ["userNumberTo"] = 899,
        });
        var seed = JsonNode.Parse("""
        {
          "groups": [
            { "Name": "Demo Sales", "Language": "EN", "TimeZoneId": "Europe/London",
              "Hours": { "Type": "OfficeHours", "Periods": [
                { "DayOfWeek": "Monday", "Start": "09:00:00", "Stop": "17:00:00" },
                { "DayOfWeek": "Tuesday", "Start": "09:00:00", "Stop": "17:00:00" },
                { "DayOfWeek": "Wednesday", "Start": "09:00:00", "Stop": "17:00:00" },
                { "DayOfWeek": "Thursday", "Start": "09:00:00", "Stop": "17:00:00" },
                { "DayOfWeek": "Friday", "Start": "09:00:00", "Stop": "16:00:00" } ] },
              "OfficeHolidays": [ { "Name": "Demo Christmas", "Day": 25, "Month": 12, "IsRecurrent": true } ] },
            { "Name": "Demo Support", "Language": "EN" },
            { "Name": "Demo Accounting", "Language": "FR" }
          ],
          "didNumbers": [
            { "Number": "+442079460100", "TrunkId": 1 },
            { "Number": "+442079460101", "TrunkId": 1 },
            { "Number": "+442079460102", "TrunkId": 1 }
          ],
          "users": [
            { "Number": "100", "FirstName": "Demo", "LastName": "Reception", "EmailAddress": "reception@demo.example.com",
              "Groups": [ { "Name": "DEFAULT", "Rights": { "RoleName": "receptionists" } } ], "OutboundCallerID": "+442079460100" },
            { "Number": "101", "FirstName": "Ada", "LastName": "Demo", "EmailAddress": "ada@demo.example.com",
              "Groups": [ { "Name": "Demo Sales", "Rights": { "RoleName": "managers" } } ], "OutboundCallerID": "+442079460101" },
            { "Number": "102", "FirstName": "Alan", "LastName": "Demo", "EmailAddress": "alan@demo.example.com",
              "Groups": [ { "Name": "Demo Sales" }, { "Name": "Demo Support" } ] },
            { "Number": "103", "FirstName": "Grace", "LastName": "Demo", "EmailAddress": "grace@demo.example.com",
              "Groups": [ { "Name": "Demo Support", "Rights": { "RoleName": "group_admins" } } ] },
            { "Number": "104", "FirstName": "Marie", "LastName": "Démo", "EmailAddress": "marie@demo.example.com", "Language": "FR",
              "Groups": [ { "Name": "Demo Accounting" } ] }
          ]
        }
        """)!.AsObject();
        Seeding.Seed(tenant, swagger, seed);
        return tenant;
    }
}
