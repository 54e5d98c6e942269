using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.EditDepartment;

/// <summary>
/// Two admins change one department at once: the first to confirm wins; the second is told it changed since they opened
/// it (ETag), and their review shows their own edits on top of the other admin's — a member the other added stays, a
/// setting they left alone takes the new value — so confirming again loses nothing.
/// </summary>
public sealed class TwoAdminsChangingADepartmentLoseNothing : ConversationTest
{
    [Fact]
    public async Task TheSecondIsToldAndBothChangesAreKept()
    {
        var alice = Bot.User(TestPbx.Users.Admin);
        var olivia = Bot.User(TestPbx.Users.Owner);
        await alice.SayAsync("modifier le département ventes");
        await olivia.SayAsync("modifier le département ventes");
        await olivia.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "Commercial" });
        await olivia.AddMembersAsync("marie", "users", "101");
        await olivia.PressAsync(Wizards.Next);
        await alice.PressAsync(Wizards.Next, new Dictionary<string, string> { ["visible"] = "true" });
        await alice.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role.102"] = "managers" });

        await olivia.PressAsync(Wizards.Confirm);
        await alice.PressAsync(Wizards.Confirm);

        var told = alice.LastCard!;
        Assert.Contains("a été modifié par quelqu'un d'autre", told.Text);
        Assert.Contains("Visible par toutes les extensions: non visible → visible par toutes les extensions", told.Text);
        Assert.Contains("Membre 102 Pierre Curie: Utilisateur → Manager", told.Text);
        Assert.DoesNotContain("Nom du département:", told.Text);
        Assert.DoesNotContain("Membre 101", told.Text);

        await alice.PressAsync(Wizards.Confirm);
        await alice.WaitForAppliedAsync();

        var saved = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Sales, Ct))!.Value;
        Assert.Equal(("Commercial", true), (saved.Name, saved.GloballyVisible));
        Assert.Equal([new DepartmentMember("101", Role.Users), new DepartmentMember("102", Role.Managers)], saved.Members.OrderBy(m => m.Number));
        Assert.Equal(2, (await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct)).Count(a => a.Action == "department.updated"));
    }
}
