using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>Writes to one PBX are serialised: concurrent creates of one number have one winner, of many numbers no loss.</summary>
public sealed class ConcurrentWritesAreSerialisedPerPbx
{
    [Fact]
    public async Task TwentyConcurrentCreatesOfOneNumberHaveOneWinner()
    {
        var pbx = await TestPbx.NewAsync();
        var token = await pbx.NewTokenAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => pbx.PostAsync("/Users", $$"""{ "Number": "105", "FirstName": "Racer {{i}}" }""", token)));

        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Created), a => a.AssertError(HttpStatusCode.BadRequest, "ALREADY_IN_USE", "Number"));
        Assert.Single((await pbx.StateAsync()).Users);
    }

    [Fact]
    public async Task ConcurrentCreatesOfDifferentNumbersAllLandWithDistinctIds()
    {
        var pbx = await TestPbx.NewAsync();
        var token = await pbx.NewTokenAsync();

        var answers = await Task.WhenAll(Enumerable.Range(200, 40).Select(n => pbx.PostAsync("/Users", $$"""{ "Number": "{{n}}" }""", token)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        Assert.Equal(40, answers.Select(a => a.Body!["Id"]!.GetValue<int>()).Distinct().Count());
        Assert.Equal(40, (await pbx.GetAsync("/Users?$count=true&$top=0")).Body!["@odata.count"]!.GetValue<int>());
    }
}
