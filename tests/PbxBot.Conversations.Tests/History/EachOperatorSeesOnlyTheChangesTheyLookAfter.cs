using PbxBot.Conversations.Tests.Requests;
using PbxBot.Conversations.Tests.Undo;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.History;

/// <summary>
/// The history shows an operator only the changes of what they look after (<c>Permissions.CanSeeChange</c>): a
/// department admin never sees another department's extension or department — its history gets the look-up's polite
/// refusal, and the journal leaves its entries out; the helpdesk sees every extension but no department; someone who
/// looks nobody up sees none.
/// </summary>
public sealed class EachOperatorSeesOnlyTheChangesTheyLookAfter : ConversationTest
{
    [Fact]
    public async Task ADepartmentAdminIsRefusedAnotherDepartmentsExtension()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await HistoryShowsWhoChangedWhatNewestFirst.EditLastNameAsync(admin, "Curie-Salomon", "102");
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        var refused = await supportAdmin.SayAsync("historique de 102");

        Assert.Contains("Pierre Curie-Salomon (102) est dans le département « Ventes », que vous n'administrez pas", refused.Said());
        Assert.DoesNotContain("Curie-Salomon →", refused.Said());
        var department = await supportAdmin.SayAsync("historique du département ventes");
        Assert.Contains("« Ventes » est un département que vous n'administrez pas", department.Said());
    }

    [Fact]
    public async Task TheJournalOfADepartmentAdminLeavesOtherDepartmentsOut()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await HistoryShowsWhoChangedWhatNewestFirst.EditLastNameAsync(admin, "Skłodowska", "101");
        await HistoryShowsWhoChangedWhatNewestFirst.EditLastNameAsync(admin, "Curie-Salomon", "102");
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("journal");

        var text = supportAdmin.LastCard!.Text;
        Assert.Contains("Nom: Curie → Skłodowska", text);
        Assert.DoesNotContain("Curie-Salomon", text);
        Assert.DoesNotContain("102", text);
        Assert.DoesNotContain("Ventes", text);
        // The system admin sees both.
        await admin.SayAsync("journal");
        Assert.Contains("Nom: Curie → Curie-Salomon", admin.LastCard!.Text);
        Assert.Contains("Nom: Curie → Skłodowska", admin.LastCard!.Text);
    }

    [Fact]
    public async Task TheHelpdeskSeesExtensionsButNotDepartments()
    {
        await HistoryShowsWhoChangedWhatNewestFirst.EditLastNameAsync(Bot.User(TestPbx.Users.Admin), "Curie-Salomon", "102");
        var helpdesk = Bot.User(TestPbx.Users.Helpdesk);

        await helpdesk.SayAsync("historique de 102");
        Assert.Contains("Nom: Curie → Curie-Salomon", helpdesk.LastCard!.Text);

        var department = await helpdesk.SayAsync("historique du département ventes");
        Assert.Contains("que vous n'administrez pas", department.Said());
    }

    [Fact]
    public async Task AManagerSeesTheirDepartmentsExtensionsOnly()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await HistoryShowsWhoChangedWhatNewestFirst.EditLastNameAsync(admin, "Skłodowska", "101");
        await HistoryShowsWhoChangedWhatNewestFirst.EditLastNameAsync(admin, "Curie-Salomon", "102");
        var manager = Bot.User(TestPbx.Users.Manager);

        await manager.SayAsync("journal");

        Assert.Contains("Nom: Curie → Skłodowska", manager.LastCard!.Text);
        Assert.DoesNotContain("Curie-Salomon", manager.LastCard!.Text);
    }

    [Fact]
    public async Task AManagerSeesTheirOwnRequestAndItsOutcome()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var manager = Bot.User(TestPbx.Users.Manager);
        var request = await manager.SubmitAsync(Bot);
        await admin.PressAsync(RequestSteps.Reject, new Dictionary<string, string> { ["rejectionReason"] = "Pas de budget" }, await admin.ApprovalCardAsync(request));
        // The outbox updates the manager's request card with the outcome: once that has arrived, nothing can land
        // during the journal's turn and take the place of its answer as the last card.
        await manager.WaitForCardAsync(c => c.Text.Contains($"Votre demande {request.Reference}", StringComparison.Ordinal)
            && c.Text.Contains("Refusée par", StringComparison.Ordinal));

        await manager.SayAsync("journal");

        var text = manager.LastCard!.Text;
        Assert.Contains($"Demande refusée · {request.Reference}", text);
        Assert.Contains("Statut: en attente → refusée", text);
        Assert.Contains("Motif du refus: (vide) → Pas de budget", text);
        Assert.Contains($"Demande d'extension envoyée · {request.Reference}", text);
        Assert.DoesNotContain(TestPbx.Users.Manager.Id, text);
        // Nobody's grant is the manager's business.
        Assert.DoesNotContain("Accès", text);
    }

    [Fact]
    public async Task AStrangerOnlyLearnsHowToGetAccess()
    {
        var said = await Bot.User(TestPbx.Users.Stranger).SayAsync("journal");

        Assert.Contains("Accès non accordé", said.Said());
        Assert.DoesNotContain("Journal des modifications", said.Said());
    }
}
