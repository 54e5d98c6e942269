using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>POST /Users answers 201 with the created entity, a server-assigned id and a Location to read it back.</summary>
public sealed class ANewUserIsCreatedWithItsLocation
{
    [Fact]
    public async Task TheAnswerIs201WithTheEntityAndALocation()
    {
        var pbx = await TestPbx.NewAsync();

        var created = await pbx.PostAsync("/Users", """{ "Number": "105", "FirstName": "Ada", "LastName": "Lovelace", "Id": 0 }""");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Body!["Id"]!.GetValue<int>();
        Assert.True(id > 0);
        Assert.Equal("Ada", created.Body["FirstName"]!.GetValue<string>());
        Assert.Equal(pbx.Url($"/xapi/v1/Users({id})"), created.Headers.Location);
        var read = await pbx.SendAsync(HttpMethod.Get, created.Headers.Location!.AbsolutePath[pbx.Pbx.BaseUrl.AbsolutePath.Length..], null);
        Assert.Equal("105", read.Body!["Number"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutGroupsTheUserJoinsTheDefaultGroupAsAUser()
    {
        var pbx = await TestPbx.NewAsync();

        var id = await pbx.CreateUserAsync("""{ "Number": "105" }""");

        var user = (await pbx.GetAsync($"/Users({id})?$expand=Groups($expand=Rights)")).Body!;
        var defaultGroup = (await pbx.GetAsync("/Groups?$filter=IsDefault eq true")).Value.Single()!;
        var membership = user["Groups"]!.AsArray().Single()!;
        Assert.Equal(defaultGroup["Id"]!.GetValue<int>(), membership["GroupId"]!.GetValue<int>());
        Assert.Equal("users", membership["Rights"]!["RoleName"]!.GetValue<string>());
        Assert.Equal(defaultGroup["Id"]!.GetValue<int>(), user["PrimaryGroupId"]!.GetValue<int>());
    }

    [Fact]
    public async Task PreferReturnMinimalIs204WithTheLocation()
    {
        var pbx = await TestPbx.NewAsync();

        var created = await pbx.SendAsync(HttpMethod.Post, "/Users", """{ "Number": "106" }""", adjust: r => r.Headers.Add("Prefer", "return=minimal"));

        Assert.Equal(HttpStatusCode.NoContent, created.Status);
        Assert.NotNull(created.Headers.Location);
    }

    [Fact]
    public async Task AnEmptyOrNonJsonBodyIsRefused()
    {
        var pbx = await TestPbx.NewAsync();

        var empty = await pbx.SendAsync(HttpMethod.Post, "/Users", null);
        var text = await pbx.SendAsync(HttpMethod.Post, "/Users", null, adjust: r => r.Content = new StringContent("Number=105"));
        var broken = await pbx.PostAsync("/Users", """{ "Number": """);

        empty.AssertError(HttpStatusCode.BadRequest, "REQUIRED", null);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.Status);
        broken.AssertError(HttpStatusCode.BadRequest, "INVALID_JSON", null);
    }
}
