using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Undo;

/// <summary>
/// « annuler la dernière modification » / "undo" reverts the operator's own last change — a modification's fields set
/// back, a creation deleted, a deletion created again, a department's settings and members restored — after a review of
/// what comes back, through the same rules and to the PBX, and is itself audited; in French and English, on SQLite and
/// Cosmos DB.
/// </summary>
public abstract class UndoRevertsTheOperatorsLastChange(bool useCosmos) : ConversationTest
{
    protected override Task<PbxBotUnderTest> StartBotAsync() => PbxBotUnderTest.StartAsync(useCosmos: useCosmos);

    [Theory]
    [MemberData(nameof(Clients.Both), MemberType = typeof(Clients))]
    public async Task AModificationsFieldsGoBack(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["lastName"] = "Skłodowska", ["did"] = TestPbx.Dids[1] });
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        var edit = Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "extension.updated");

        await admin.SayAsync("annuler la dernière modification");

        var review = admin.LastCard!;
        Assert.Contains("Modification de l'extension", review.Text);
        Assert.Contains("Alice Admin", review.Text);
        Assert.Contains("Nom: Skłodowska → Curie", review.Text);
        Assert.Contains($"Numéro SDA: {TestPbx.Dids[1]} → (vide)", review.Text);
        await admin.PressAsync("Annuler cette modification");

        Assert.Contains("Extension 101 modifiée", (await admin.WaitForAppliedAsync()).Text);
        var restored = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        Assert.Equal(("Curie", (string?)null), (restored.LastName, restored.Did));
        Assert.True((await Bot.Repository.ListDidsAsync(TestPbx.Id, Ct)).Single(d => d.Number == TestPbx.Dids[1]).IsFree);
        var undo = Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "change.undone");
        Assert.Equal((edit.Id, "extension:101", TestPbx.Users.Admin.Id), (undo.Undoes, undo.Target, undo.ActorId));

        // Nothing of Alice's is left to undo: the seed's entries are not hers, the undo itself is not undone.
        var nothing = await admin.SayAsync("annuler la dernière modification");
        Assert.Contains("Aucune modification récente de votre part", nothing.Said());
    }

    [Fact]
    public async Task ACreationIsDeletedInEnglish()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");
        await admin.SayAsync("new extension");
        await admin.PressAsync("Next", Wizards.Ada());
        await admin.PressAsync("Next");
        await admin.PressAsync("Confirm");
        await admin.WaitForAppliedAsync();

        await admin.SayAsync("undo");

        Assert.Contains("103 Ada Lovelace will be deleted from the PBX.", admin.LastCard!.Text);
        await admin.PressAsync("Undo this change");
        Assert.Contains("Extension 103 deleted", (await admin.WaitForAppliedAsync()).Text);
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }

    [Fact]
    public async Task ADeletionIsCreatedAgainWithItsNumber()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("supprimer l'extension 102");
        await admin.PressAsync("Supprimer définitivement", new Dictionary<string, string> { ["typedNumber"] = "102" });
        await admin.WaitForAppliedAsync();
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct));

        await admin.SayAsync("annuler la dernière modification");
        Assert.Contains("sera recréé(e)", admin.LastCard!.Text);
        await admin.PressAsync("Annuler cette modification");
        await admin.WaitForAppliedAsync();

        var back = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct))!.Value;
        Assert.Equal(("Pierre", "Curie", TestPbx.Sales), (back.FirstName, back.LastName, back.Department));
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "change.undone" && a.Target == "extension:102");
    }

    [Fact]
    public async Task ADepartmentsNameAndMembersComeBack()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département ventes");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "Commercial" });
        await admin.AddMembersAsync("marie", "users", "101");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        await admin.SayAsync("annuler la dernière modification");
        var review = admin.LastCard!;
        Assert.Contains("Nom du département: Commercial → Ventes", review.Text);
        Assert.Contains("Membre 101 Marie Curie: Utilisateur → (vide)", review.Text);
        await admin.PressAsync("Annuler cette modification");
        await admin.WaitForAppliedAsync();

        var ventes = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct))!.Value;
        Assert.Equal("Ventes", ventes.Name);
        Assert.Equal(["102"], ventes.Members.Select(m => m.Number));
        Assert.Single((await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.AllMemberships());
    }

    [Fact]
    public async Task CancellingTheReviewChangesNothing()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier l'extension 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["lastName"] = "Skłodowska" });
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        await admin.SayAsync("annuler la dernière modification");
        await admin.PressAsync(Wizards.Cancel);

        Assert.Equal("Skłodowska", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.LastName);
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "change.undone");
    }
}

public sealed class UndoRevertsTheOperatorsLastChangeOnSqlite() : UndoRevertsTheOperatorsLastChange(useCosmos: false);

public sealed class UndoRevertsTheOperatorsLastChangeOnCosmos() : UndoRevertsTheOperatorsLastChange(useCosmos: true);
