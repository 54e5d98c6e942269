using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary><c>--demo</c>: the root PBX answers to <c>pbxbot-demo</c> / <c>demo-secret</c> with clearly fake data.</summary>
public sealed class TheDemoPbxIsSeededWithFixedCredentials
{
    [Fact]
    public async Task TheRootPbxHasDemoUsersDepartmentsAndDids()
    {
        await using var server = await XapiStandInServer.StartAsync(new StandInOptions { Demo = true }, TestPbx.Ct);
        var pbx = TestPbx.On(server.Control, server.Control.DefaultPbx("pbxbot-demo", "demo-secret"));

        var users = await pbx.GetAsync("/Users?$count=true");
        var groups = await pbx.GetAsync("/Groups");
        var dids = await pbx.GetAsync("/DidNumbers");

        Assert.Equal(HttpStatusCode.OK, users.Status);
        Assert.Equal(5, users.Body!["@odata.count"]!.GetValue<int>());
        Assert.Contains(groups.Value, g => g!["Name"]!.GetValue<string>() == "Demo Sales");
        Assert.Equal(3, dids.Value.Count);
        Assert.All(users.Value, u => Assert.EndsWith("@demo.example.com", u!["EmailAddress"]!.GetValue<string>(), StringComparison.Ordinal));
    }
}
