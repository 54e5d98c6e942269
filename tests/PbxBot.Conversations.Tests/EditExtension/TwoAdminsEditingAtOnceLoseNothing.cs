using PbxBot.Application.Mail;
using PbxBot.Application.Stores;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.EditExtension;

/// <summary>
/// Two admins edit one extension at once: the first to confirm wins; the second is told it changed since they opened it
/// (the ETag it was read with), sees its new values with their own edits kept — the fields they left alone take the
/// other admin's values — and confirms again: nothing is lost.
/// </summary>
public sealed class TwoAdminsEditingAtOnceLoseNothing : ConversationTest
{
    [Fact]
    public async Task TheSecondIsToldAndKeepsTheirEdit()
    {
        var alice = Bot.User(TestPbx.Users.Admin);
        var olivia = Bot.User(TestPbx.Users.Owner);
        await alice.SayAsync("modifier l'extension 101");
        await olivia.SayAsync("modifier l'extension 101");
        await olivia.PressAsync(Wizards.Next, new Dictionary<string, string> { ["lastName"] = "Skłodowska" });
        await alice.PressAsync(Wizards.Next, new Dictionary<string, string> { ["firstName"] = "Maria" });

        await olivia.PressAsync(Wizards.Confirm);
        // Olivia's change is on the PBX (the outbox records it on the extension) before Alice confirms: Alice is told
        // once, not again because of that write landing between her review and her Confirm.
        await olivia.WaitForAppliedAsync();
        await alice.PressAsync(Wizards.Confirm);

        var told = alice.LastCard!;
        Assert.Contains("a été modifiée depuis que vous l'avez ouverte", told.Text);
        Assert.Equal(("Maria", "Skłodowska"), (told.Value("firstName"), told.Value("lastName")));
        Assert.Equal("Marie", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value.FirstName);

        await alice.PressAsync(Wizards.Next);
        Assert.DoesNotContain("Nom: Skłodowska →", alice.LastCard!.Text);
        Assert.Contains("Prénom: Marie → Maria", alice.LastCard.Text);
        await alice.PressAsync(Wizards.Confirm);
        await alice.WaitForAppliedAsync();

        var saved = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        Assert.Equal(("Maria", "Skłodowska"), (saved.FirstName, saved.LastName));
        Assert.Equal(2, (await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct)).Count(a => a.Action == "extension.updated"));
    }

    [Fact]
    public async Task PbxBotsOwnBookkeepingIsNoConflict()
    {
        var alice = Bot.User(TestPbx.Users.Admin);
        await alice.SayAsync("modifier l'extension 101");
        await alice.PressAsync(Wizards.Next, new Dictionary<string, string> { ["firstName"] = "Maria" });
        // Meanwhile the outbox records the PBX's id of the user (as it does once the PBX applied an earlier change).
        var current = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!;
        await Bot.Store.CommitAsync(TestPbx.Id, [ExtensionDocument.Replace(current.Value with { PbxUserId = 4242 }, current.ETag)], Ct);

        await alice.PressAsync(Wizards.Confirm);

        Assert.DoesNotContain("a été modifiée depuis", alice.LastCard!.Text);
        var saved = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        Assert.Equal(("Maria", 4242), (saved.FirstName, saved.PbxUserId));
    }
}
