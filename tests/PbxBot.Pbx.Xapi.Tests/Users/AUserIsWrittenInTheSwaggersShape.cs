using System.Text.Json.Nodes;
using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Users;

/// <summary>Creates and changes of users are <c>Pbx.User</c> bodies with exactly the fields given; memberships are the user's whole <c>Groups</c>.</summary>
public sealed class AUserIsWrittenInTheSwaggersShape
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_create_posts_the_number_names_contact_2fa_did_and_groups_with_roles()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Json(new { Id = 42, Number = "105", FirstName = "Marie", LastName = "Curie" }, 201));

        var created = await rig.Pbx.CreateUserAsync(new PbxUserChanges
        {
            Number = "105",
            FirstName = new Set<string>("Marie"),
            LastName = new Set<string>("Curie"),
            EmailAddress = new Set<string?>("marie@dupont.example"),
            Mobile = new Set<string?>("+33612345678"),
            Require2FA = new Set<bool>(false),
            OutboundCallerId = new Set<string?>("+33180203040"),
            PrimaryGroupId = new Set<int>(12),
            Groups = new Set<IReadOnlyList<PbxMembership>>([new PbxMembership(12, Role.Managers), new PbxMembership(3, Role.Users)]),
        }, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("POST", "/xapi/v1/Users"), (call.Method, call.Path));
        AssertJson("""
            {"Number":"105","FirstName":"Marie","LastName":"Curie","EmailAddress":"marie@dupont.example","Mobile":"+33612345678",
             "Require2FA":false,"OutboundCallerID":"+33180203040","PrimaryGroupId":12,
             "Groups":[{"GroupId":12,"Rights":{"RoleName":"managers"}},{"GroupId":3,"Rights":{"RoleName":"users"}}]}
            """, call.Json);
        Assert.Equal(42, created.Id);
        Assert.Equal("105", created.Number);
        // The PBX's answer did not expand Groups: the memberships sent are the user's.
        Assert.Equal([new PbxMembership(12, Role.Managers), new PbxMembership(3, Role.Users)], created.Groups);
    }

    [Fact]
    public async Task A_create_without_2fa_says_off_and_leaves_out_what_is_not_given()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Json(new { Id = 43, Number = "106" }, 201));

        await rig.Pbx.CreateUserAsync(new PbxUserChanges { Number = "106", FirstName = new Set<string>("Ada"), LastName = new Set<string>("Lovelace"), EmailAddress = new Set<string?>(null) }, Ct);

        AssertJson("""{"Number":"106","FirstName":"Ada","LastName":"Lovelace","Require2FA":false}""", Assert.Single(rig.Xapi.ApiCalls).Json);
    }

    [Fact]
    public async Task A_create_answered_without_a_body_reads_the_user_back()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.NoContent(), Reply.Json(new { Id = 44, Number = "107" }));

        var created = await rig.Pbx.CreateUserAsync(new PbxUserChanges { Number = "107" }, Ct);

        Assert.Equal(44, created.Id);
        Assert.Equal("/xapi/v1/Users(Number='107')", rig.Xapi.ApiCalls[1].Path);
    }

    [Fact]
    public async Task A_change_patches_only_the_fields_set()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.UpdateUserAsync(42, new PbxUserChanges { EmailAddress = new Set<string?>("m.curie@dupont.example"), Require2FA = new Set<bool>(true) }, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("PATCH", "/xapi/v1/Users(42)"), (call.Method, call.Path));
        AssertJson("""{"EmailAddress":"m.curie@dupont.example","Require2FA":true}""", call.Json);
    }

    [Fact]
    public async Task A_field_set_to_null_is_cleared_with_an_empty_string()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.UpdateUserAsync(42, new PbxUserChanges { OutboundCallerId = new Set<string?>(null), Mobile = new Set<string?>(null), EmailAddress = new Set<string?>(null) }, Ct);

        AssertJson("""{"EmailAddress":"","Mobile":"","OutboundCallerID":""}""", Assert.Single(rig.Xapi.ApiCalls).Json);
    }

    [Fact]
    public async Task Memberships_are_written_as_the_whole_groups_list_and_the_primary_group()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.UpdateUserAsync(42, new PbxUserChanges
        {
            PrimaryGroupId = new Set<int>(7),
            Groups = new Set<IReadOnlyList<PbxMembership>>([new PbxMembership(7, Role.GroupAdmins)]),
        }, Ct);

        AssertJson("""{"PrimaryGroupId":7,"Groups":[{"GroupId":7,"Rights":{"RoleName":"group_admins"}}]}""", Assert.Single(rig.Xapi.ApiCalls).Json);
    }

    [Fact]
    public async Task No_change_sends_nothing()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.UpdateUserAsync(42, new PbxUserChanges(), Ct);

        Assert.Empty(rig.Xapi.Requests);
    }

    [Fact]
    public async Task A_delete_is_the_user_s_entity()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.DeleteUserAsync(42, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("DELETE", "/xapi/v1/Users(42)", null), (call.Method, call.Path, call.Body));
    }

    internal static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {JsonNode.Parse(expected)!.ToJsonString()}\nactual   {actual.ToJsonString()}");
}
