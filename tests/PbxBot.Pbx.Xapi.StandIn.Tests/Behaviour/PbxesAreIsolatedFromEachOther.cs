using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>PBXes on one stand-in share nothing: data, numbers, tokens, calls, faults.</summary>
public sealed class PbxesAreIsolatedFromEachOther
{
    [Fact]
    public async Task OnePbxsDataCallsAndFaultsAreInvisibleToAnother()
    {
        var a = await TestPbx.NewAsync();
        var b = await TestPbx.NewAsync();
        await a.Control.AddFaultAsync(a.Pbx, FaultSpec.WithStatus(500).On("GET", "Groups"), TestPbx.Ct);

        await a.CreateUserAsync("""{ "Number": "105", "FirstName": "In A" }""");
        var sameNumberInB = await b.PostAsync("/Users", """{ "Number": "105", "FirstName": "In B" }""");
        var groupsInB = await b.GetAsync("/Groups");

        Assert.Equal(HttpStatusCode.Created, sameNumberInB.Status);
        Assert.Equal(HttpStatusCode.OK, groupsInB.Status);
        Assert.Equal("In B", (await b.GetAsync("/Users")).Value.Single()!["FirstName"]!.GetValue<string>());
        Assert.DoesNotContain(await b.CallsAsync(), c => c.Body?["FirstName"]?.GetValue<string>() == "In A");
        Assert.NotEqual(a.Pbx.ClientSecret, b.Pbx.ClientSecret);
    }

    [Fact]
    public async Task ARemovedPbxIsGone()
    {
        var pbx = await TestPbx.NewAsync();

        await pbx.Control.DeletePbxAsync(pbx.Pbx, TestPbx.Ct);

        var answer = await pbx.TokenRequestAsync(("grant_type", "client_credentials"), ("client_id", pbx.Pbx.ClientId), ("client_secret", pbx.Pbx.ClientSecret));
        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task ThePbxBaseUrlWorksLikeARealPbxsAddress()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { Fqdn = "pbx.example.com", ExtensionLength = 4 });

        var parameters = (await pbx.GetAsync("/Defs/Pbx.GetSystemParameters()")).Body!;

        Assert.Matches(@"^http://127\.0\.0\.1:\d+/t/[0-9a-f]+$", pbx.Pbx.BaseUrl.ToString().TrimEnd('/'));
        Assert.Equal(4, parameters["ENL"]!.GetValue<int>());
        Assert.Equal("pbx.example.com", parameters["FQDN"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(parameters["Version"]!.GetValue<string>()));
        Assert.Equal("EN", parameters["GlobalLanguage"]!.GetValue<string>());
    }
}
