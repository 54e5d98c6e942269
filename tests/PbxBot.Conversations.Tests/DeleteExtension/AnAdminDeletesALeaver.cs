using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.DeleteExtension;

/// <summary>
/// « supprimer l'extension 102 »: a card names what goes with it and asks for its number typed in full; then the PBX
/// deletes the user and only then PbxBot frees the number, the DID and the memberships. In Teams and Web Chat, in French
/// and English.
/// </summary>
public sealed class AnAdminDeletesALeaver : ConversationTest
{
    [Theory]
    [MemberData(nameof(Clients.Both), MemberType = typeof(Clients))]
    public async Task TheNumberMustBeTypedThenEverythingGoesWithTheExtension(string client)
    {
        await GiveDidTo102Async();
        var admin = Operator(TestPbx.Users.Admin, client);

        await admin.SayAsync("supprimer l'extension 102");

        var confirm = admin.LastCard!;
        Assert.Contains("Supprimer l'extension 102", confirm.Text);
        Assert.Contains("messagerie vocale et ses enregistrements", confirm.Text);
        Assert.Contains(TestPbx.Dids[0], confirm.Text);
        Assert.Contains("Ventes", confirm.Text);

        await admin.PressAsync("Supprimer définitivement", new Dictionary<string, string> { ["typedNumber"] = "101" });
        Assert.Contains("Tapez exactement le numéro 102", admin.LastCard!.ErrorFor("typedNumber"));
        Assert.NotNull(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct));

        await admin.PressAsync("Supprimer définitivement", new Dictionary<string, string> { ["typedNumber"] = "102" });

        Assert.Contains("Extension 102 supprimée", (await admin.WaitForAppliedAsync()).Text);
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct));
        var pbx = await Bot.Repository.LoadSnapshotAsync(TestPbx.Id, Ct);
        Assert.False(pbx.UsedNumbers.Contains(102));
        Assert.True(pbx.Dids.Single(d => d.Number == TestPbx.Dids[0]).IsFree);
        Assert.DoesNotContain((await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct))!.Value.Members, m => m.Number == "102");
        Assert.Contains(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a is { Action: "extension.deleted", Target: "extension:102" });
    }

    [Fact]
    public async Task InEnglish()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");

        await admin.SayAsync("delete extension 102");
        Assert.Contains("voicemail and recordings", admin.LastCard!.Text);
        await admin.PressAsync("Delete for good", new Dictionary<string, string> { ["typedNumber"] = "102" });

        Assert.Contains("Extension 102 deleted", (await admin.WaitForAppliedAsync()).Text);
    }

    [Fact]
    public async Task AManagerCannotDelete()
    {
        var manager = Bot.User(TestPbx.Users.Manager);

        await manager.SayAsync("supprimer l'extension 101");

        Assert.NotNull(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct));
        Assert.Contains(manager.Texts, t => t.Contains("Supprimer une extension", StringComparison.Ordinal));
    }

    private async Task GiveDidTo102Async()
    {
        var current = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct))!;
        var changes = await Bot.Repository.ExtensionUpdateChangesAsync(TestPbx.Id, current, current.Value with { Did = TestPbx.Dids[0] }, Ct);
        await Bot.Repository.CommitAsync(TestPbx.Id, changes, Ct);
    }
}
