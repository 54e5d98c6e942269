using PbxBot.Conversations.Tests.Undo;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.History;

/// <summary>
/// « historique de 103 » / "history of 103": each change of the extension, newest first — what was done, by whom and
/// when, and only the fields that differ, before → after — in French and English, on SQLite and Cosmos DB; a target
/// without changes says so.
/// </summary>
public abstract class HistoryShowsWhoChangedWhatNewestFirst(bool useCosmos) : ConversationTest
{
    protected override Task<PbxBotUnderTest> StartBotAsync() => PbxBotUnderTest.StartAsync(useCosmos: useCosmos);

    [Theory]
    [MemberData(nameof(Clients.Both), MemberType = typeof(Clients))]
    public async Task ACreationAnEditAndItsUndo(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        await CreateEditAndUndoAsync(admin, "Suivant", "Confirmer", "annuler la dernière modification", "Annuler cette modification");

        await admin.SayAsync("historique de 103");

        var card = admin.LastCard!;
        Assert.Contains("Historique de 103 Ada Lovelace", card.Text);
        Assert.Contains("heures en UTC", card.Text);
        var text = card.Text;
        var undone = text.IndexOf("Modification annulée", StringComparison.Ordinal);
        var edited = text.IndexOf("Extension modifiée", StringComparison.Ordinal);
        var created = text.IndexOf("Extension créée", StringComparison.Ordinal);
        Assert.True(undone >= 0 && undone < edited && edited < created, text);
        Assert.Contains("Nom: Byron → Lovelace", text[undone..edited]);
        Assert.Contains("Nom: Lovelace → Byron", text[edited..created]);
        Assert.Contains("Prénom: (vide) → Ada", text[created..]);
        Assert.Contains("Mobile: (vide) → +33612345678", text[created..]);
        // Only what differs: the edit changed the last name alone.
        Assert.DoesNotContain("Prénom", text[edited..created]);
        Assert.Contains("Alice Admin", text[edited..created]);
        Assert.False(card.HasButton("Plus anciennes"));
        Assert.False(card.HasButton("Plus récentes"));
    }

    [Fact]
    public async Task InEnglish()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");
        await CreateEditAndUndoAsync(admin, "Next", "Confirm", "undo", "Undo this change");

        await admin.SayAsync("history of 103");

        var text = admin.LastCard!.Text;
        Assert.Contains("History of 103 Ada Lovelace", text);
        Assert.Contains("times in UTC", text);
        Assert.Contains("Change undone", text);
        Assert.Contains("Last name: Lovelace → Byron", text);
        Assert.Contains("First name: (empty) → Ada", text);
    }

    [Fact]
    public async Task ByNameAndForADepartment()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("modifier le département ventes");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "Commercial" });
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        await admin.SayAsync("historique du département commercial");
        Assert.Contains("Nom du département: Ventes → Commercial", admin.LastCard!.Text);

        await admin.SayAsync("historique de Marie Curie");
        Assert.Contains("Historique de 101 Marie Curie", admin.LastCard!.Text);
    }

    [Fact]
    public async Task ADepartmentsOfficeHoursDayByDay()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["monday.start"] = "08:00" });
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        await admin.SayAsync("historique du support");

        var text = admin.LastCard!.Text;
        Assert.Contains("Horaires de bureau enregistrés", text);
        Assert.Contains("Lundi: (vide) → 08:00–18:00 (pause 12:30–14:00)", text);
        Assert.Contains("Samedi: (vide) → fermé", text);
    }

    [Fact]
    public async Task AnAmbiguousOrUnknownNameIsSaid()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        var several = await admin.SayAsync("historique de curie");
        Assert.Contains("Plusieurs extensions correspondent à « curie » : 101 Marie Curie, 102 Pierre Curie", several.Said());

        var none = await admin.SayAsync("historique de zorglub");
        Assert.Contains("Aucune extension ni aucun département ne correspond à « zorglub ».", none.Said());
    }

    [Fact]
    public async Task TheClientsTimeZoneIsUsedAndNamed()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        admin.TimeZone = "Europe/Paris";
        await EditLastNameAsync(admin, "Skłodowska");
        var at = Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "extension.updated").At;

        await admin.SayAsync("historique de 101");

        var paris = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.Contains("heures de Europe/Paris", admin.LastCard!.Text);
        Assert.Contains(paris.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture), admin.LastCard!.Text);
    }

    [Fact]
    public async Task NoChangesRecordedIsSaid()
    {
        var said = await Bot.User(TestPbx.Users.Admin).SayAsync("historique de 105");
        Assert.Contains("Aucune modification enregistrée pour 105.", said.Said());

        var english = await Bot.User(TestPbx.Users.Admin, "en-US").SayAsync("history of 105");
        Assert.Contains("No changes recorded for 105.", english.Said());
    }

    private static async Task CreateEditAndUndoAsync(ChatUser admin, string next, string confirm, string undo, string undoButton)
    {
        await admin.SayAsync(next == "Next" ? "new extension" : "nouvelle extension");
        // Without an e-mail: no welcome e-mail updates the extension while it is being edited.
        var ada = Wizards.Ada();
        ada.Remove("email");
        await admin.PressAsync(next, ada);
        await admin.PressAsync(next);
        await admin.PressAsync(confirm);
        await admin.WaitForAppliedAsync();
        await admin.SayAsync(next == "Next" ? "edit extension 103" : "modifier l'extension 103");
        await admin.PressAsync(next, new Dictionary<string, string> { ["lastName"] = "Byron" });
        await admin.PressAsync(confirm);
        await admin.WaitForAppliedAsync();
        await admin.SayAsync(undo);
        await admin.PressAsync(undoButton);
        await admin.WaitForAppliedAsync();
    }

    internal static async Task EditLastNameAsync(ChatUser user, string lastName, string number = "101")
    {
        await user.SayAsync($"modifier l'extension {number}");
        await user.PressAsync(Wizards.Next, new Dictionary<string, string> { ["lastName"] = lastName });
        await user.PressAsync(Wizards.Confirm);
        await user.WaitForAppliedAsync();
    }
}

public sealed class HistoryShowsWhoChangedWhatNewestFirstOnSqlite() : HistoryShowsWhoChangedWhatNewestFirst(useCosmos: false);

public sealed class HistoryShowsWhoChangedWhatNewestFirstOnCosmos() : HistoryShowsWhoChangedWhatNewestFirst(useCosmos: true);
