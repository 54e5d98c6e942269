using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;
using Xunit.Sdk;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>The schema check the other tests rely on does fail on bodies the swagger forbids (a check that always
/// passed would prove nothing).</summary>
public sealed class TheSchemaCheckCatchesWhatTheSwaggerForbids
{
    [Theory]
    [InlineData("""{ "value": [ { "Number": 105 } ] }""")]
    [InlineData("""{ "value": [ { "Id": "five" } ] }""")]
    [InlineData("""{ "value": [ { "TranscriptionMode": "Sometimes" } ] }""")]
    [InlineData("""{ "value": [ { "Hours": { "Periods": [ { "Start": "9:00" } ] } } ] }""")]
    [InlineData("""{ "value": [ { "Invented": true } ] }""")]
    [InlineData("""{ "value": [], "extra": 1 }""")]
    [InlineData("""{ "value": [ { "Groups": [ { "GroupId": "1" } ] } ] }""")]
    public void AUserCollectionBreakingTheSchemaFails(string body) =>
        Assert.Throws<FailException>(() => SwaggerSchemas.AssertMatches("ListUser", 200, JsonNode.Parse(body)));

    [Theory]
    [InlineData("""{ "value": [ { "Number": "105", "Hours": null, "TranscriptionMode": null, "Groups": [ { "GroupId": 1, "Rights": { "RoleName": "users" } } ] } ], "@odata.count": 1 }""")]
    [InlineData("""{ "@odata.context": "x", "value": [] }""")]
    public void AUserCollectionWithinTheSchemaPasses(string body) =>
        SwaggerSchemas.AssertMatches("ListUser", 200, JsonNode.Parse(body));

    [Theory]
    [InlineData("""{ "error": { "message": "no code" } }""")]
    [InlineData("""{ "code": "X", "message": "not wrapped" }""")]
    public void AnErrorWithoutTheODataShapeFails(string body) =>
        Assert.Throws<FailException>(() => SwaggerSchemas.AssertMatches("GetUser", 404, JsonNode.Parse(body)));
}
