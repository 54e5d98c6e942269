using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;

namespace PbxBot.Pbx.Xapi.StandIn.Xapi;

/// <summary><c>DidNumbers</c> and <c>Defs/Pbx.GetSystemParameters()</c>.</summary>
internal static class SystemOperations
{
    public static void Register(IDictionary<string, Func<XapiRequest, Reply>> handlers)
    {
        handlers["ListDidNumber"] = ListDidNumbers;
        handlers["GetSystemParameters"] = SystemParameters;
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
