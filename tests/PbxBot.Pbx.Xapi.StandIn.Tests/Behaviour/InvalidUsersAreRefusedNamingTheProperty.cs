using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>
/// A user the swagger or 3CX's rules refuse is a 400 OData error whose <c>target</c> names the property at fault;
/// nothing is created.
/// </summary>
public sealed class InvalidUsersAreRefusedNamingTheProperty
{
    [Theory]
    [InlineData("""{ "Number": "101" }""", "ALREADY_IN_USE", "Number")]
    [InlineData("""{ "FirstName": "No number" }""", "REQUIRED", "Number")]
    [InlineData("""{ "Number": "" }""", "REQUIRED", "Number")]
    [InlineData("""{ "Number": "10a" }""", "INVALID_NUMBER", "Number")]
    [InlineData("""{ "Number": "1050" }""", "INVALID_NUMBER", "Number")]
    [InlineData("""{ "Number": "112" }""", "EMERGENCY_NUMBER", "Number")]
    [InlineData("""{ "Number": "999" }""", "EMERGENCY_NUMBER", "Number")]
    [InlineData("""{ "Number": "155" }""", "EMERGENCY_NUMBER", "Number")]
    [InlineData("""{ "Number": "180" }""", "EMERGENCY_NUMBER", "Number")]
    [InlineData("""{ "Number": "105", "EmailAddress": "not an address" }""", "INVALID_EMAIL", "EmailAddress")]
    [InlineData("""{ "Number": "105", "OutboundCallerID": "+33999999999" }""", "UNKNOWN_DID", "OutboundCallerID")]
    [InlineData("""{ "Number": "105", "Nickname": "Ada" }""", "UNKNOWN_PROPERTY", "Nickname")]
    [InlineData("""{ "Number": 105 }""", "INVALID_TYPE", "Number")]
    [InlineData("""{ "Number": "105", "Require2FA": "no" }""", "INVALID_TYPE", "Require2FA")]
    [InlineData("""{ "Number": "105", "PinProtectTimeout": 3000000000 }""", "INVALID_VALUE", "PinProtectTimeout")]
    [InlineData("""{ "Number": "105", "TranscriptionMode": "Sometimes" }""", "INVALID_VALUE", "TranscriptionMode")]
    [InlineData("""{ "Number": "105", "Hours": { "Type": "OfficeHours", "Periods": [ { "DayOfWeek": "Monday", "Start": "9:00", "Stop": "18:00:00" } ] } }""", "INVALID_VALUE", "Hours.Periods[0].Start")]
    [InlineData("""{ "Number": "105", "Hours": { "Type": "Sometimes" } }""", "INVALID_VALUE", "Hours.Type")]
    [InlineData("""{ "Number": "105", "Hours": { "Periods": [ { "DayOfWeek": "Funday" } ] } }""", "INVALID_VALUE", "Hours.Periods[0].DayOfWeek")]
    [InlineData("""{ "Number": "105", "Groups": [ { "GroupId": 424242 } ] }""", "NOT_FOUND", "Groups[0].GroupId")]
    [InlineData("""{ "Number": "105", "Groups": [ { "Rights": { "RoleName": "users" } } ] }""", "REQUIRED", "Groups[0].GroupId")]
    [InlineData("""{ "Number": "105", "Groups": [] }""", "REQUIRED", "Groups")]
    public async Task TheErrorNamesTheProperty(string body, string code, string target)
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync("/Users", body);

        answer.AssertError(HttpStatusCode.BadRequest, code, target);
        Assert.Equal(3, (await pbx.StateAsync()).Users.Count);
    }

    [Fact]
    public async Task ADuplicateNumberIsRefusedWithItsHolder()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync("/Users", """{ "Number": "101", "FirstName": "Other" }""");

        answer.AssertError(HttpStatusCode.BadRequest, "ALREADY_IN_USE", "Number");
        Assert.Contains($"user {seeded.UserId("101")}", answer.Body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidRoleAndAForeignPrimaryGroupAreNamed()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var sales = seeded.GroupId("Sales");
        var support = seeded.GroupId("Support");

        var role = await pbx.PostAsync("/Users", $$"""{ "Number": "105", "Groups": [ { "GroupId": {{sales}}, "Rights": { "RoleName": "boss" } } ] }""");
        var primary = await pbx.PostAsync("/Users", $$"""{ "Number": "105", "PrimaryGroupId": {{support}}, "Groups": [ { "GroupId": {{sales}} } ] }""");

        role.AssertError(HttpStatusCode.BadRequest, "INVALID_ROLE", "Groups[0].Rights.RoleName");
        primary.AssertError(HttpStatusCode.BadRequest, "PRIMARY_GROUP", "PrimaryGroupId");
    }

    [Fact]
    public async Task EveryProblemIsListedInTheDetails()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync("/Users", """{ "Number": "112", "EmailAddress": "nope" }""");

        var targets = answer.Body!["error"]!["details"]!.AsArray().Select(d => d!["target"]!.GetValue<string>());
        Assert.Equal(["Number", "EmailAddress"], targets);
    }

    [Fact]
    public async Task ThePbxsOwnBlockedNumbersAndLengthApply()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { ExtensionLength = 4, BlockedNumbers = ["110"] });

        var blocked = await pbx.PostAsync("/Users", """{ "Number": "1105" }""");
        var allowed = await pbx.PostAsync("/Users", """{ "Number": "1120" }""");

        blocked.AssertError(HttpStatusCode.BadRequest, "EMERGENCY_NUMBER", "Number");
        Assert.Equal(HttpStatusCode.Created, allowed.Status);
    }

    [Fact]
    public async Task APatchIsCheckedTheSameWay()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var id = seeded.UserId("102");

        (await pbx.PatchAsync($"/Users({id})", """{ "Number": "101" }""")).AssertError(HttpStatusCode.BadRequest, "ALREADY_IN_USE", "Number");
        (await pbx.PatchAsync($"/Users({id})", """{ "EmailAddress": "x" }""")).AssertError(HttpStatusCode.BadRequest, "INVALID_EMAIL", "EmailAddress");
        (await pbx.PatchAsync($"/Users({id})", """{ "Id": 1 }""")).AssertError(HttpStatusCode.BadRequest, "INVALID_KEY", "Id");
        (await pbx.PatchAsync($"/Users({id})", """{ "PrimaryGroupId": null }""")).AssertError(HttpStatusCode.BadRequest, "REQUIRED", "PrimaryGroupId");
        Assert.Equal("pierre.curie@example.com", (await pbx.StateAsync()).User("102")["EmailAddress"]!.GetValue<string>());
    }
}
