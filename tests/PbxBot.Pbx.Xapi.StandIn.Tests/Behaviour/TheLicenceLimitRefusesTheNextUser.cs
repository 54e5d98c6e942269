using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>A PBX with <c>maxUsers</c> refuses one more user with 403 <c>LICENSE_LIMIT</c>, whatever the body.</summary>
public sealed class TheLicenceLimitRefusesTheNextUser
{
    [Fact]
    public async Task TheUserAboveTheLimitIsRefusedUntilOneIsDeleted()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { MaxUsers = 2 });
        var first = await pbx.CreateUserAsync("""{ "Number": "101" }""");
        await pbx.CreateUserAsync("""{ "Number": "102" }""");

        var refused = await pbx.PostAsync("/Users", """{ "Number": "103" }""");
        await pbx.DeleteAsync($"/Users({first})");
        var accepted = await pbx.PostAsync("/Users", """{ "Number": "103" }""");

        refused.AssertError(HttpStatusCode.Forbidden, "LICENSE_LIMIT", null);
        SwaggerSchemas.AssertMatches("CreateUser", 403, refused.Body);
        Assert.Equal(HttpStatusCode.Created, accepted.Status);
    }

    [Fact]
    public async Task GeneratingPastTheLimitIsRefused()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { MaxUsers = 5 });

        var error = await Assert.ThrowsAsync<StandInControlException>(() => pbx.Control.GenerateAsync(pbx.Pbx, new GenerateRequest { Users = 6 }, TestPbx.Ct));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
    }
}
