using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>A user's <c>Groups</c> and a group's <c>Members</c> are two views of one membership model.</summary>
public sealed class MembershipIsOneModelSeenFromBothSides
{
    private static async Task<string[]> MembersAsync(TestPbx pbx, int group) =>
        [.. (await pbx.GetAsync($"/Groups({group})/Members?$orderby=Number")).Value.Select(m => m!["Number"]!.GetValue<string>())];

    [Fact]
    public async Task AUsersGroupsAreTheGroupsMembers()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var support = await pbx.GetAsync($"/Groups({seeded.GroupId("Support")})/Members?$expand=Rights");

        var members = support.Value.Select(m => (m!["Number"]!.GetValue<string>(), m["Rights"]!["RoleName"]!.GetValue<string>(), m["GroupId"]!.GetValue<int>()));
        Assert.Equal([("101", "managers", seeded.GroupId("Support")), ("102", "users", seeded.GroupId("Support"))], members);
        Assert.Equal("Marie Curie", support.Value[0]!["MemberName"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchingAUsersGroupsMovesItBetweenGroups()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var sales = seeded.GroupId("Sales");

        var patch = await pbx.PatchAsync($"/Users({seeded.UserId("101")})", $$"""{ "Groups": [ { "GroupId": {{sales}}, "Rights": { "RoleName": "group_admins" } } ], "PrimaryGroupId": {{sales}} }""");

        Assert.Equal(HttpStatusCode.NoContent, patch.Status);
        Assert.Equal(["102"], await MembersAsync(pbx, seeded.GroupId("Support")));
        Assert.Equal(["101", "102"], await MembersAsync(pbx, sales));
        var hasMembers = await pbx.GetAsync($"/Groups({sales})?$select=HasMembers");
        Assert.True(hasMembers.Body!["HasMembers"]!.GetValue<bool>());
    }

    [Fact]
    public async Task WritingAGroupsMembersChangesTheUsersGroups()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var sales = seeded.GroupId("Sales");
        var marie = seeded.UserId("101");

        var patch = await pbx.PatchAsync($"/Groups({sales})", $$"""{ "Members": [ { "Id": {{marie}}, "Rights": { "RoleName": "receptionists" } }, { "Number": "102" } ] }""");

        Assert.Equal(HttpStatusCode.NoContent, patch.Status);
        var groups = (await pbx.GetAsync($"/Users({marie})/Groups?$expand=Rights&$orderby=GroupId")).Value;
        Assert.Contains(groups, g => g!["GroupId"]!.GetValue<int>() == sales && g["Rights"]!["RoleName"]!.GetValue<string>() == "receptionists");
        Assert.Contains(groups, g => g!["GroupId"]!.GetValue<int>() == seeded.GroupId("Support"));
    }

    [Fact]
    public async Task AGroupsMembersAreReplacedButNobodyLosesTheirPrimaryGroup()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var support = seeded.GroupId("Support");

        var dropsPierre = await pbx.PatchAsync($"/Groups({support})", """{ "Members": [ { "Number": "101" } ] }""");
        var dropsMarie = await pbx.PatchAsync($"/Groups({support})", """{ "Members": [ { "Number": "102" } ] }""");

        Assert.Equal(HttpStatusCode.NoContent, dropsPierre.Status); // Pierre's primary group is Sales
        Assert.Equal(["101"], await MembersAsync(pbx, support));
        dropsMarie.AssertError(HttpStatusCode.BadRequest, "PRIMARY_GROUP", "Members");
    }

    [Fact]
    public async Task AnUnknownMemberIsNamed()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PatchAsync($"/Groups({seeded.GroupId("Sales")})", """{ "Members": [ { "Number": "101" }, { "Number": "999" } ] }""");

        answer.AssertError(HttpStatusCode.BadRequest, "NOT_FOUND", "Members[1].Number");
    }

    [Fact]
    public async Task ThePrimaryGroupMustStayOneOfTheUsersGroups()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PatchAsync($"/Users({seeded.UserId("101")})", $$"""{ "Groups": [ { "GroupId": {{seeded.GroupId("Sales")}} } ] }""");

        answer.AssertError(HttpStatusCode.BadRequest, "PRIMARY_GROUP", "PrimaryGroupId");
    }
}
