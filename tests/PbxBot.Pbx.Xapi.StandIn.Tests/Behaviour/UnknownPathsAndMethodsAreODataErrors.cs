using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>Routes come from the swagger: an unknown path is a 404, a method it does not list a 405, an operation the
/// stand-in lacks a 501 — all OData errors.</summary>
public sealed class UnknownPathsAndMethodsAreODataErrors
{
    [Fact]
    public async Task AnUnknownResourceIsA404()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.GetAsync("/Extensions");

        answer.AssertError(HttpStatusCode.NotFound, "NOT_FOUND", null);
    }

    [Fact]
    public async Task AMethodTheSwaggerDoesNotListIsA405()
    {
        var pbx = await TestPbx.NewAsync();

        var put = await pbx.SendAsync(HttpMethod.Put, "/Users(1)", """{ "Number": "105" }""");
        var patchByNumber = await pbx.PatchAsync("/Users(Number='105')", """{ "FirstName": "x" }""");

        put.AssertError(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED", null);
        patchByNumber.AssertError(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED", null);
    }

    [Fact]
    public async Task ASwaggerOperationTheStandInLacksIsA501()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.GetAsync("/Users/Pbx.GetFirstAvailableHotdeskingNumber()");

        answer.AssertError(HttpStatusCode.NotImplemented, "NOT_IMPLEMENTED", null);
    }

    [Fact]
    public async Task AnUnknownPbxOrRootPathIsA404()
    {
        var pbx = await TestPbx.NewAsync();

        var otherPbx = await pbx.SendAsync(HttpMethod.Get, "/t/nosuchpbx/xapi/v1/Users", null);
        using var http = new HttpClient();
        using var root = await http.GetAsync(new Uri(pbx.Control.ServerUrl, "nowhere"), TestPbx.Ct);

        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, otherPbx.Status);
    }
}
