using PbxBot.Testing.Conversations;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// An undo is a change like any other on the 3CX: reverting a modification PATCHes the same fields back, reverting a
/// creation DELETEs the user, reverting a deletion creates the user again — and the PBX ends as it was before.
/// </summary>
public sealed class AnUndoGoesToThePbxLikeAnyChange : IAsyncLifetime
{
    private ConnectedPbx pbx = null!;

    public async ValueTask InitializeAsync() => pbx = await ConnectedPbx.StartAsync();

    public async ValueTask DisposeAsync() => await pbx.DisposeAsync();

    [Fact]
    public async Task AModificationIsPatchedBack()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["lastName"] = "Skłodowska", ["mobile"] = "0612345678" });
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        await pbx.Control.ClearCallsAsync(pbx.Pbx, TestContext.Current.CancellationToken);

        await admin.SayAsync("annuler la dernière modification");
        await admin.PressAsync("Annuler cette modification");
        await admin.WaitForAppliedAsync();

        var id = (await pbx.StateAsync()).User("101")["Id"]!.GetValue<int>();
        Assert.Equal(["GET /xapi/v1/Users(Number='101')", $"PATCH /xapi/v1/Users({id})"], await pbx.ApiCallsAsync());
        var patch = Assert.Single(await pbx.CallsAsync(), c => c.Method == "PATCH");
        Assert.Equal(["LastName", "Mobile"], patch.Body!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        var marie = (await pbx.StateAsync()).User("101");
        Assert.Equal("Curie", marie["LastName"]!.GetValue<string>());
        Assert.True(string.IsNullOrEmpty(marie["Mobile"]?.GetValue<string>()));
    }

    [Fact]
    public async Task ADeletionIsCreatedAgainOnThePbx()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("supprimer l'extension 102");
        await admin.PressAsync("Supprimer définitivement", new Dictionary<string, string> { ["typedNumber"] = "102" });
        await admin.WaitForAppliedAsync();
        Assert.DoesNotContain((await pbx.StateAsync()).Users, u => u["Number"]!.GetValue<string>() == "102");
        await pbx.Control.ClearCallsAsync(pbx.Pbx, TestContext.Current.CancellationToken);

        await admin.SayAsync("annuler la dernière modification");
        await admin.PressAsync("Annuler cette modification");
        await admin.WaitForAppliedAsync();

        Assert.Contains("POST /xapi/v1/Users", await pbx.ApiCallsAsync());
        var pierre = Assert.Single((await pbx.StateAsync()).Users, u => u["Number"]!.GetValue<string>() == "102");
        Assert.Equal(("Pierre", "Curie"), (pierre["FirstName"]!.GetValue<string>(), pierre["LastName"]!.GetValue<string>()));
        Assert.Equal(pierre["Id"]!.GetValue<int>(), (await pbx.Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", TestContext.Current.CancellationToken))!.Value.PbxUserId);
    }
}
