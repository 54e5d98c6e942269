using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Undo;

/// <summary>
/// An admin may revert the change of someone below them, never of someone at or above; a change made since (by anyone)
/// is undone first; and an undo the rules now refuse — the number was taken again, the operator no longer administers
/// the department — says why, and changes nothing.
/// </summary>
public sealed class AnUndoIsRefusedWithItsReason : ConversationTest
{
    [Fact]
    public async Task AnAdminRevertsTheChangeOfSomeoneBelowThem()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);
        await EditLastNameAsync(supportAdmin, "Skłodowska");
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("annuler la dernière modification de 101");

        Assert.Contains("Sam Support", admin.LastCard!.Text);
        await admin.PressAsync("Annuler cette modification");
        await admin.WaitForAppliedAsync();
        Assert.Equal("Curie", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.LastName);
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a is { Action: "change.undone", ActorId: "aad-admin" });
    }

    [Fact]
    public async Task NobodyRevertsTheChangeOfSomeoneAtOrAboveThem()
    {
        await EditLastNameAsync(Bot.User(TestPbx.Users.Admin), "Skłodowska");
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        var refused = await supportAdmin.SayAsync("undo 101");

        Assert.Contains("Alice Admin", refused.Said());
        Assert.Contains("n'est pas inférieur au vôtre", refused.Said());
        Assert.Equal("Skłodowska", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.LastName);
    }

    [Fact]
    public async Task AChangeMadeSinceIsUndoneFirst()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await EditLastNameAsync(admin, "Skłodowska");
        await EditLastNameAsync(Bot.User(TestPbx.Users.Owner), "Curie-Skłodowska");

        var refused = await admin.SayAsync("annuler la dernière modification");

        Assert.Contains("a été modifié depuis par Olivia Owner", refused.Said());
        Assert.Equal("Curie-Skłodowska", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.LastName);
    }

    [Fact]
    public async Task ANumberTakenAgainIsNamed()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("supprimer l'extension 102");
        await admin.PressAsync("Supprimer définitivement", new Dictionary<string, string> { ["typedNumber"] = "102" });
        await admin.WaitForAppliedAsync();
        var owner = Bot.User(TestPbx.Users.Owner);
        await owner.ToPlacementAsync();
        await owner.PressAsync(Wizards.Next, new Dictionary<string, string> { ["number"] = "102" });
        await owner.PressAsync(Wizards.Confirm);
        await owner.WaitForAppliedAsync();

        var refused = await admin.SayAsync("annuler la dernière modification");

        Assert.Contains("le numéro 102 a été repris depuis par Ada Lovelace", refused.Said());
        Assert.Equal("Ada", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct))!.Value.FirstName);
    }

    [Fact]
    public async Task RightsLostSinceRefuseTheUndo()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);
        await EditLastNameAsync(supportAdmin, "Skłodowska");
        // Sam now administers Ventes only.
        var grant = (await Bot.Repository.GetGrantAsync(TestPbx.Id, TestPbx.Users.SupportAdmin.Id, Ct))!;
        await Bot.Repository.SaveGrantAsync(grant.Value with { Departments = [TestPbx.Sales] }, grant.ETag,
            new AuditEntry { Id = Guid.NewGuid().ToString("N"), PbxId = TestPbx.Id, At = DateTimeOffset.UtcNow, ActorId = "seed", ActorName = "seed", Action = "seed", Target = "grant:x" }, Ct);

        var refused = await supportAdmin.SayAsync("annuler la dernière modification");

        Assert.Contains("ne s'annule pas ici : les règles le refusent aujourd'hui", refused.Said());
        Assert.Equal("Skłodowska", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.LastName);
    }

    [Fact]
    public async Task TheUndoReviewedIsTheOneConfirmed()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await EditLastNameAsync(admin, "Skłodowska");
        await admin.SayAsync("annuler la dernière modification");
        var review = admin.LastCard!;
        await EditLastNameAsync(Bot.User(TestPbx.Users.Owner), "Curie-Skłodowska");

        await admin.PressAsync("Annuler cette modification", card: review);

        Assert.Contains("a été modifié depuis par Olivia Owner", admin.LastCard!.Text);
        Assert.Equal("Curie-Skłodowska", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.LastName);
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "change.undone");
    }

    private static async Task EditLastNameAsync(ChatUser user, string lastName)
    {
        await user.SayAsync("modifier l'extension 101");
        await user.PressAsync(Wizards.Next, new Dictionary<string, string> { ["lastName"] = lastName });
        await user.PressAsync(Wizards.Confirm);
        await user.WaitForAppliedAsync();
    }
}
