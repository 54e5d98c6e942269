using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary><c>Users/Pbx.BatchDelete</c>: deletes what exists, answers the failures as <c>Pbx.UserDeleteError</c>s.</summary>
public sealed class BatchDeleteReportsWhatItCouldNotDelete
{
    [Fact]
    public async Task ExistingUsersGoUnknownIdsAreReported()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync("/Users/Pbx.BatchDelete", $$"""{ "ids": [ {{seeded.UserId("101")}}, 424242, {{seeded.UserId("103")}} ] }""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var error = Assert.Single(answer.Value)!;
        Assert.Contains("424242", error["Error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["102"], (await pbx.StateAsync()).Users.Select(u => u["Number"]!.GetValue<string>()));
        Assert.Equal(["102"], (await pbx.GetAsync($"/Groups({seeded.GroupId("Support")})/Members")).Value.Select(m => m!["Number"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ABodyOfTheWrongShapeIsRefused()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.PostAsync("/Users/Pbx.BatchDelete", """{ "ids": [ "1" ] }""");

        answer.AssertError(HttpStatusCode.BadRequest, "INVALID_TYPE", "ids[0]");
    }
}
