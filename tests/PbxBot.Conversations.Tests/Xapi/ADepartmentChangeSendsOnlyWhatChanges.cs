using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// On the 3CX, changing a department is one PATCH of the group with only the settings that changed, then one PATCH of
/// each user who joins, leaves or gets another role (their other groups kept); deleting an empty department is one
/// DELETE of the group. A busy PBX or a lost answer half-way ends in the same final state.
/// </summary>
public sealed class ADepartmentChangeSendsOnlyWhatChanges : IAsyncLifetime
{
    private ConnectedPbx pbx = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => pbx = await ConnectedPbx.StartAsync();

    public async ValueTask DisposeAsync() => await pbx.DisposeAsync();

    [Fact]
    public async Task ARenameAndANewMemberAreTwoPatches()
    {
        var groupId = (await pbx.StateAsync()).Group("Ventes")["Id"]!.GetValue<int>();
        var marieId = (await pbx.StateAsync()).User("101")["Id"]!.GetValue<int>();

        await RenameVentesAndAddMarieAsync();

        Assert.Equal(
            ["GET /xapi/v1/Groups", $"PATCH /xapi/v1/Groups({groupId})", "GET /xapi/v1/Users(Number='101')", $"PATCH /xapi/v1/Users({marieId})"],
            await pbx.ApiCallsAsync());
        var calls = await pbx.CallsAsync();
        Assert.Equal(["Name"], calls.Single(c => c.Path == $"/xapi/v1/Groups({groupId})").Body!.AsObject().Select(p => p.Key));
        Assert.Equal(["Groups"], calls.Single(c => c.Path == $"/xapi/v1/Users({marieId})").Body!.AsObject().Select(p => p.Key));
        var state = await pbx.StateAsync();
        Assert.Equal(groupId, state.Group("Commercial")["Id"]!.GetValue<int>());
        Assert.Equal([("Commercial", "managers"), ("Support", "users")], GroupsOf(state.User("101")));
    }

    [Fact]
    public async Task AMemberWhoLeavesKeepsTheirOtherGroups()
    {
        await RenameVentesAndAddMarieAsync();
        await pbx.Control.ClearCallsAsync(pbx.Pbx, Ct);
        var admin = pbx.Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("modifier le département commercial");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync("Retirer 101");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        var marieId = (await pbx.StateAsync()).User("101")["Id"]!.GetValue<int>();
        Assert.Equal(["GET /xapi/v1/Groups", "GET /xapi/v1/Users(Number='101')", $"PATCH /xapi/v1/Users({marieId})"], await pbx.ApiCallsAsync());
        Assert.Equal([("Support", "users")], GroupsOf((await pbx.StateAsync()).User("101")));
    }

    [Fact]
    public async Task ABusyPbxAndALostAnswerEndInTheSameState()
    {
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.WithStatus(503).On("PATCH", @"^/xapi/v1/Users\(\d+\)$").Repeated(2), Ct);
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.DropAfterCommit().On("PATCH", @"^/xapi/v1/Groups\(\d+\)$"), Ct);

        await RenameVentesAndAddMarieAsync();

        var calls = await pbx.CallsAsync();
        // The rename whose answer was lost is repeated as it was (a PATCH sets values: repeating it changes nothing more).
        var renames = calls.Where(c => c.Method == "PATCH" && c.Path.StartsWith("/xapi/v1/Groups(", StringComparison.Ordinal)).ToArray();
        Assert.InRange(renames.Length, 1, 2);
        Assert.All(renames, r => Assert.Equal("""{"Name":"Commercial"}""", r.Body!.ToJsonString()));
        Assert.Equal([503, 503, 204], calls.Where(c => c.Method == "PATCH" && c.Path.StartsWith("/xapi/v1/Users(", StringComparison.Ordinal)).Select(c => c.Status));
        var state = await pbx.StateAsync();
        Assert.Equal([("Commercial", "managers"), ("Support", "users")], GroupsOf(state.User("101")));
        Assert.DoesNotContain(state.Groups, g => g["Name"]!.GetValue<string>() == "Ventes");
    }

    [Fact]
    public async Task DeletingAnEmptyDepartmentIsOneDelete()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        var groupId = (await pbx.StateAsync()).Group("Comptabilité")["Id"]!.GetValue<int>();
        await pbx.Control.ClearCallsAsync(pbx.Pbx, Ct);

        await admin.SayAsync("supprimer le département comptabilité");
        await admin.PressAsync("Supprimer définitivement");
        await admin.WaitForAppliedAsync();

        Assert.Equal(["GET /xapi/v1/Groups", $"DELETE /xapi/v1/Groups({groupId})"], await pbx.ApiCallsAsync());
        Assert.DoesNotContain((await pbx.StateAsync()).Groups, g => g["Name"]!.GetValue<string>() == "Comptabilité");
        Assert.Null(await pbx.Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct));
    }

    private async Task RenameVentesAndAddMarieAsync()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département ventes");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "Commercial" });
        await admin.AddMembersAsync("marie", "managers", "101");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        Assert.Contains("Département « Commercial » modifié", (await admin.WaitForAppliedAsync()).Text);
    }

    private static (string, string)[] GroupsOf(System.Text.Json.Nodes.JsonNode user) =>
        user["Groups"]!.AsArray().Select(g => (g!["Name"]!.GetValue<string>(), g["Rights"]!["RoleName"]!.GetValue<string>())).Order().ToArray();
}
