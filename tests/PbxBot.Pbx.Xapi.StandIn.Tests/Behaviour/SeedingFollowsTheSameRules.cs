using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>Seeding takes swagger-shaped data, checks it like XAPI writes, and is all or nothing.</summary>
public sealed class SeedingFollowsTheSameRules
{
    [Fact]
    public async Task ABadSeedNamesItsItemAndSeedsNothing()
    {
        var pbx = await TestPbx.NewAsync();

        var error = await Assert.ThrowsAsync<StandInControlException>(() => pbx.SeedAsync(new SeedData
        {
            Groups = [TestPbx.Obj("""{ "Name": "Support" }""")],
            Users = [TestPbx.Obj("""{ "Number": "101" }"""), TestPbx.Obj("""{ "Number": "911" }""")],
        }));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Contains("users[1].Number", error.Body, StringComparison.Ordinal);
        var state = await pbx.StateAsync();
        Assert.Empty(state.Users);
        Assert.Single(state.Groups);
    }

    [Fact]
    public async Task SeededEntitiesGetIdsAndOfficeHoursAreKept()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var state = await pbx.StateAsync();

        Assert.Equal(3, seeded.Users.Count);
        var support = state.Group("Support");
        Assert.Equal(seeded.GroupId("Support"), support["Id"]!.GetValue<int>());
        Assert.Equal("Monday", support["Hours"]!["Periods"]![0]!["DayOfWeek"]!.GetValue<string>());
        Assert.Equal("Noël", support["OfficeHolidays"]![0]!["Name"]!.GetValue<string>());
        Assert.Equal(["101", "102"], support["Members"]!.AsArray().Select(m => m!["Number"]!.GetValue<string>()));
    }
}
