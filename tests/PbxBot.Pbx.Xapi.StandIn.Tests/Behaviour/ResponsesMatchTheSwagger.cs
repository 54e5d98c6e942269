using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>
/// Every kind of body the stand-in answers validates against the swagger's response schema of that operation
/// (converted from the YAML by the test itself), with no property the schema does not name.
/// </summary>
public sealed class ResponsesMatchTheSwagger
{
    [Theory]
    [InlineData("/Users")]
    [InlineData("/Users?$count=true&$expand=Groups($expand=Rights)")]
    [InlineData("/Users?$select=Id,Number,FirstName&$expand=Groups($select=GroupId,Rights)&$top=2&$skip=1")]
    [InlineData("/Users?$filter=Groups/any(g: g/Rights/RoleName eq 'managers')")]
    public async Task UserCollections(string query)
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var answer = await pbx.GetAsync(query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotEmpty(answer.Value);
        SwaggerSchemas.AssertMatches("ListUser", 200, answer.Body);
    }

    [Fact]
    public async Task OneUserByIdAndByNumber()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var byId = await pbx.GetAsync($"/Users({seeded.UserId("101")})?$expand=Groups");
        var byNumber = await pbx.GetAsync("/Users(Number='102')");

        SwaggerSchemas.AssertMatches("GetUser", 200, byId.Body);
        SwaggerSchemas.AssertMatches("GetUserByNumber", 200, byNumber.Body);
    }

    [Fact]
    public async Task ACreatedUserAndGroup()
    {
        var pbx = await TestPbx.NewAsync();

        var group = await pbx.PostAsync("/Groups", """{ "Name": "Accounting", "Hours": { "Type": "SpecificHours", "Periods": [] } }""");
        var user = await pbx.PostAsync("/Users", """{ "Number": "105", "FirstName": "Ada", "Require2FA": false }""");

        SwaggerSchemas.AssertMatches("CreateGroup", 201, group.Body);
        SwaggerSchemas.AssertMatches("CreateUser", 201, user.Body);
    }

    [Fact]
    public async Task GroupsTheirMembersAndAUsersGroups()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var support = seeded.GroupId("Support");

        SwaggerSchemas.AssertMatches("ListGroup", 200, (await pbx.GetAsync("/Groups?$expand=Members($expand=Rights),OfficeHolidays&$count=true")).Body);
        SwaggerSchemas.AssertMatches("GetGroup", 200, (await pbx.GetAsync($"/Groups({support})?$expand=OfficeHolidays")).Body);
        SwaggerSchemas.AssertMatches("ListMembers", 200, (await pbx.GetAsync($"/Groups({support})/Members?$expand=Rights")).Body);
        SwaggerSchemas.AssertMatches("ListGroups", 200, (await pbx.GetAsync($"/Users({seeded.UserId("102")})/Groups?$expand=Rights")).Body);
    }

    [Fact]
    public async Task DidNumbersFirstAvailableNumberAndSystemParameters()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        SwaggerSchemas.AssertMatches("ListDidNumber", 200, (await pbx.GetAsync("/DidNumbers?$count=true")).Body);
        SwaggerSchemas.AssertMatches("GetFirstAvailableExtensionNumber", 200, (await pbx.GetAsync("/Users/Pbx.GetFirstAvailableExtensionNumber()")).Body);
        SwaggerSchemas.AssertMatches("GetSystemParameters", 200, (await pbx.GetAsync("/Defs/Pbx.GetSystemParameters()")).Body);
    }

    [Fact]
    public async Task BatchDeleteResults()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync("/Users/Pbx.BatchDelete", $$"""{ "ids": [ {{seeded.UserId("103")}}, 999999 ] }""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        SwaggerSchemas.AssertMatches("BatchDelete", 200, answer.Body);
    }

    [Theory]
    [InlineData("POST", "/Users", """{ "Number": "12" }""", "CreateUser", 400)]
    [InlineData("POST", "/Users", """{ "Nope": 1 }""", "CreateUser", 400)]
    [InlineData("GET", "/Users(424242)", null, "GetUser", 404)]
    [InlineData("GET", "/Users?$filter=Number eq 5", null, "ListUser", 400)]
    [InlineData("PATCH", "/Groups(424242)", """{ "Name": "x" }""", "UpdateGroup", 404)]
    [InlineData("DELETE", "/Users(424242)", null, "DeleteUser", 404)]
    [InlineData("GET", "/ActiveCalls", null, "ListActiveCall", 501)]
    public async Task ODataErrors(string method, string path, string? body, string operationId, int status)
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.SendAsync(new HttpMethod(method), path, body);

        Assert.Equal(status, (int)answer.Status);
        SwaggerSchemas.AssertMatches(operationId, status, answer.Body);
    }
}
