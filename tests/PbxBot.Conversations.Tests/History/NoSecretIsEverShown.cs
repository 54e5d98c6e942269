using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.History;

/// <summary>
/// An extension's welcome link and web client password exist only as hashes, and even those never reach an audit
/// snapshot nor a history card: the snapshots are redacted when written, and the history shows named fields only.
/// </summary>
public sealed class NoSecretIsEverShown : ConversationTest
{
    private static readonly string[] Secrets = ["credential", "tokenHash", "webClientPasswordHash", "passwordHash"];

    [Fact]
    public async Task NeitherTheSnapshotsNorTheCardCarryAWelcomeCredential()
    {
        var helpdesk = Bot.User(TestPbx.Users.Helpdesk);
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");
        var confirm = helpdesk.LastCard!;
        await helpdesk.PressAsync("Renvoyer");
        await helpdesk.WaitForCardAsync(c => c.ActivityId == confirm.ActivityId && c.Text.Contains("Envoyé le", StringComparison.Ordinal));
        var admin = Bot.User(TestPbx.Users.Admin);
        await HistoryShowsWhoChangedWhatNewestFirst.EditLastNameAsync(admin, "Skłodowska");
        var marie = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        Assert.NotNull(marie.Credential);

        await admin.SayAsync("historique de 101");

        var card = admin.LastCard!.Json.ToJsonString();
        Assert.Contains("E-mail de bienvenue renvoyé", admin.LastCard!.Text);
        Assert.Contains("Nom: Curie → Skłodowska", admin.LastCard!.Text);
        Assert.All(Secrets, s => Assert.DoesNotContain(s, card, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(marie.Credential!.TokenHash, card, StringComparison.Ordinal);
        var snapshots = (await Bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct)).Where(a => a.Target == "extension:101").SelectMany(a => new[] { a.Before, a.After }).OfType<string>().ToArray();
        Assert.NotEmpty(snapshots);
        Assert.All(snapshots, json => Assert.All(Secrets, s => Assert.DoesNotContain(s, json, StringComparison.OrdinalIgnoreCase)));
    }
}
