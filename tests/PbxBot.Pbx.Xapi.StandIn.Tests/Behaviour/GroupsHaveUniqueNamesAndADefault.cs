using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>Every PBX has one default group; names are unique ignoring case; a group with members is not deleted.</summary>
public sealed class GroupsHaveUniqueNamesAndADefault
{
    [Fact]
    public async Task ANewPbxHasOneDefaultGroup()
    {
        var pbx = await TestPbx.NewAsync();

        var groups = (await pbx.GetAsync("/Groups")).Value;

        var group = Assert.Single(groups)!;
        Assert.True(group["IsDefault"]!.GetValue<bool>());
        Assert.Equal("DEFAULT", group["Name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ "Name": "support" }""", "ALREADY_IN_USE", "Name")]
    [InlineData("""{ "Name": "  " }""", "REQUIRED", "Name")]
    [InlineData("""{ "Language": "FR" }""", "REQUIRED", "Name")]
    [InlineData("""{ "Name": "Other", "IsDefault": true }""", "READ_ONLY", "IsDefault")]
    [InlineData("""{ "Name": "Other", "Hours": { "Periods": [ { "Stop": "25:00:00" } ] } }""", "INVALID_VALUE", "Hours.Periods[0].Stop")]
    [InlineData("""{ "Name": "Other", "OfficeHolidays": [ { "Name": "x", "Day": 300 } ] }""", "INVALID_VALUE", "OfficeHolidays[0].Day")]
    [InlineData("""{ "Name": "Other", "Members": [ { "Number": "404" } ] }""", "NOT_FOUND", "Members[0].Number")]
    public async Task ARefusedGroupNamesTheProperty(string body, string code, string target)
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync("/Groups", body);

        answer.AssertError(HttpStatusCode.BadRequest, code, target);
        Assert.Equal(3, (await pbx.StateAsync()).Groups.Count);
    }

    [Fact]
    public async Task RenamingToAnotherGroupsNameIsRefused()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PatchAsync($"/Groups({seeded.GroupId("Sales")})", """{ "Name": "SUPPORT" }""");

        answer.AssertError(HttpStatusCode.BadRequest, "ALREADY_IN_USE", "Name");
    }

    [Fact]
    public async Task AGroupWithMembersIsNotDeletedAnEmptyOneIs()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var empty = await pbx.CreateGroupAsync("""{ "Name": "Empty" }""");

        var withMembers = await pbx.DeleteAsync($"/Groups({seeded.GroupId("Sales")})");
        var deleted = await pbx.DeleteAsync($"/Groups({empty})");

        withMembers.AssertError(HttpStatusCode.BadRequest, "GROUP_HAS_MEMBERS", "Members");
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await pbx.GetAsync($"/Groups({empty})")).Status);
    }

    [Fact]
    public async Task TheDefaultGroupIsNeverDeleted()
    {
        var pbx = await TestPbx.NewAsync();
        var id = (await pbx.GetAsync("/Groups")).Value.Single()!["Id"]!.GetValue<int>();

        var answer = await pbx.DeleteAsync($"/Groups({id})");

        answer.AssertError(HttpStatusCode.BadRequest, "DEFAULT_GROUP", null);
    }

    [Fact]
    public async Task ACreatedGroupCanTakeMembersAtOnce()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var id = await pbx.CreateGroupAsync("""{ "Name": "Comptabilité", "Members": [ { "Number": "103", "Rights": { "RoleName": "managers" } } ] }""");

        var member = (await pbx.GetAsync($"/Groups({id})/Members?$expand=Rights")).Value.Single()!;
        Assert.Equal("103", member["Number"]!.GetValue<string>());
        Assert.Equal("managers", member["Rights"]!["RoleName"]!.GetValue<string>());
    }
}
