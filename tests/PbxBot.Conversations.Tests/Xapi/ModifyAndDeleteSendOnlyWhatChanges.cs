using PbxBot.Testing.Conversations;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// On the 3CX, a modification is one PATCH of the fields that changed and nothing else; a deletion is one DELETE of the
/// user, after which the PBX has no such user and PbxBot's copy no longer holds it.
/// </summary>
public sealed class ModifyAndDeleteSendOnlyWhatChanges : IAsyncLifetime
{
    private ConnectedPbx pbx = null!;

    public async ValueTask InitializeAsync() => pbx = await ConnectedPbx.StartAsync();

    public async ValueTask DisposeAsync() => await pbx.DisposeAsync();

    [Fact]
    public async Task TheNameAndTheDidAreTheOnlyFieldsPatched()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["lastName"] = "Skłodowska", ["did"] = TestPbx.Dids[2] });
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        var state = await pbx.StateAsync();
        var marie = state.User("101");
        var id = marie["Id"]!.GetValue<int>();
        Assert.Equal(["GET /xapi/v1/Users(Number='101')", $"PATCH /xapi/v1/Users({id})"], await pbx.ApiCallsAsync());
        var patch = Assert.Single(await pbx.CallsAsync(), c => c.Method == "PATCH");
        Assert.Equal(["LastName", "OutboundCallerID"], patch.Body!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(("Marie", "Skłodowska", TestPbx.Dids[2]), (marie["FirstName"]!.GetValue<string>(), marie["LastName"]!.GetValue<string>(), marie["OutboundCallerID"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TakingTheDidBackClearsTheCallerIdOnThePbx()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["did"] = TestPbx.Dids[2] });
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        await pbx.Control.ClearCallsAsync(pbx.Pbx, TestContext.Current.CancellationToken);

        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["did"] = "none" });
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        var patch = Assert.Single(await pbx.CallsAsync(), c => c.Method == "PATCH");
        Assert.Equal(["OutboundCallerID"], patch.Body!.AsObject().Select(p => p.Key));
        var callerId = (await pbx.StateAsync()).User("101")["OutboundCallerID"]?.GetValue<string>();
        Assert.True(string.IsNullOrEmpty(callerId), $"OutboundCallerID is still {callerId}");
    }

    [Fact]
    public async Task ADeletionIsOneDeleteOfTheUser()
    {
        var id = (await pbx.StateAsync()).User("102")["Id"]!.GetValue<int>();
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("supprimer l'extension 102");
        await admin.PressAsync("Supprimer définitivement", new Dictionary<string, string> { ["typedNumber"] = "102" });
        await admin.WaitForAppliedAsync();

        Assert.Equal(["GET /xapi/v1/Users(Number='102')", $"DELETE /xapi/v1/Users({id})"], await pbx.ApiCallsAsync());
        Assert.DoesNotContain((await pbx.StateAsync()).Users, u => u["Number"]!.GetValue<string>() == "102");
        Assert.Null(await pbx.Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", TestContext.Current.CancellationToken));
        Assert.Equal(0, (await pbx.SyncAsync())!.Changes);
    }
}
