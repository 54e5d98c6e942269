using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;

namespace PbxBot.Pbx.Xapi.StandIn.Xapi;

/// <summary><c>DidNumbers</c>, <c>Defs/TimeZones</c> and <c>Defs/Pbx.GetSystemParameters()</c>.</summary>
internal static class SystemOperations
{
    public static void Register(IDictionary<string, Func<XapiRequest, Reply>> handlers)
    {
        handlers["ListDidNumber"] = ListDidNumbers;
        handlers["GetSystemParameters"] = SystemParameters;
        handlers["ListTimeZones"] = ListTimeZones;
    }

    /// <summary>
    /// The zones a schedule's <c>TimeZoneId</c> may name. Approximation: 3CX's own table is not in the swagger, so this is
    /// a short table of common zones whose ids are 3CX-like opaque strings (not the IANA name), so that a client that
    /// sends the IANA name where the id belongs is caught.
    /// </summary>
    private static readonly (string Id, string Iana, string Windows, string Name)[] Zones =
    [
        ("51", "Europe/Paris", "Romance Standard Time", "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"),
        ("52", "Europe/Brussels", "Romance Standard Time", "(UTC+01:00) Brussels"),
        ("53", "Europe/Zurich", "W. Europe Standard Time", "(UTC+01:00) Bern, Zurich"),
        ("54", "Europe/Luxembourg", "W. Europe Standard Time", "(UTC+01:00) Luxembourg"),
        ("50", "Europe/Berlin", "W. Europe Standard Time", "(UTC+01:00) Amsterdam, Berlin, Rome, Stockholm, Vienna"),
        ("56", "Europe/Madrid", "Romance Standard Time", "(UTC+01:00) Madrid"),
        ("57", "Europe/Rome", "W. Europe Standard Time", "(UTC+01:00) Rome"),
        ("40", "Europe/London", "GMT Standard Time", "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"),
        ("41", "Europe/Dublin", "GMT Standard Time", "(UTC+00:00) Dublin"),
        ("35", "America/New_York", "Eastern Standard Time", "(UTC-05:00) Eastern Time (US & Canada)"),
        ("20", "America/Los_Angeles", "Pacific Standard Time", "(UTC-08:00) Pacific Time (US & Canada)"),
        ("33", "America/Toronto", "Eastern Standard Time", "(UTC-05:00) Toronto"),
        ("2", "Etc/UTC", "UTC", "(UTC) Coordinated Universal Time"),
    ];

    private static Reply ListTimeZones(XapiRequest r)
    {
        var rows = Zones.Select(z => new JsonObject { ["Id"] = z.Id, ["IanaName"] = z.Iana, ["WindowsName"] = z.Windows, ["Name"] = z.Name }).ToArray();
        var (page, count) = r.Query.Apply(rows, rows.Length, z => new JsonObjectView(z));
        return EntityWriter.Collection(r.Context("Defs/TimeZones" + r.Query.Shape.ContextSuffix), r.Swagger.Schemas["Pbx.TimeZone"], page, count, r.Query.Shape, z => new JsonObjectView(z));
    }

    private static Reply ListDidNumbers(XapiRequest r)
    {
        var state = r.Tenant.State;
        var (page, count) = r.Query.Apply(state.Dids, state.Dids.Count, d => new DidView(d));
        return EntityWriter.Collection(r.Context("DidNumbers" + r.Query.Shape.ContextSuffix), r.Swagger.Schemas["Pbx.DidNumber"], page, count, r.Query.Shape, d => new DidView(d));
    }

    /// <summary>The parameters a client needs: extension length, FQDN, version, language; the rest are defaults.</summary>
    private static Reply SystemParameters(XapiRequest r)
    {
        var settings = r.Tenant.Settings;
        var values = new JsonObject
        {
            ["ENL"] = settings.ExtensionLength,
            ["FQDN"] = settings.Fqdn,
            ["Version"] = settings.Version,
            ["GlobalLanguage"] = settings.GlobalLanguage,
            ["IsMulticompanyMode"] = false,
            ["IsHosted"] = false,
            ["EmRuleCreationAllowed"] = true,
        };
        return EntityWriter.Entity(200, r.Context("Pbx.SystemParameters"), r.Swagger.Schemas["Pbx.SystemParameters"], new JsonObjectView(values), SelectExpand.Default);
    }
}
