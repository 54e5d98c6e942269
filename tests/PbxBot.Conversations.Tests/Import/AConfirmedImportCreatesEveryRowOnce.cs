using PbxBot.Application.Import;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;

namespace PbxBot.Conversations.Tests.Import;

/// <summary>
/// Confirm creates the previewed rows as one job in the outbox, through the wizard's own creation path: each row once,
/// its welcome e-mail queued when it has an address, one audit entry per extension and one for the job; the card shows
/// the progress in place and ends with the summary. A replayed Confirm or someone else's press creates nothing more.
/// </summary>
public sealed class AConfirmedImportCreatesEveryRowOnce
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheRowsAreCreatedWithTheirAuditAndWelcomeEmails(bool useCosmos)
    {
        await using var bot = await PbxBotUnderTest.StartAsync(useCosmos);
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.SendFileAsync("équipe.csv", ImportFiles.Mixed());
        var preview = admin.LastCard!;

        await admin.PressAsync("Créer 3 extensions");

        Assert.Contains("Import en cours", admin.LastCard!.Text);
        var summary = await admin.WaitForCardAsync(c => c.Text.Contains("Import terminé", StringComparison.Ordinal));
        Assert.Contains("3 extensions créées sur 3.", summary.Text);
        Assert.Equal("Zola", (await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value.LastName);
        var verne = (await bot.Repository.GetExtensionAsync(TestPbx.Id, "250", Ct))!.Value;
        Assert.Equal(("+33180203040", Role.Managers, true, TestPbx.Support), (verne.Did, verne.Role, verne.Require2FA, verne.Department));
        Assert.Null((await bot.Repository.GetExtensionAsync(TestPbx.Id, "104", Ct))!.Value.EmailAddress);

        var audit = await bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct);
        Assert.Equal(["extension:103", "extension:104", "extension:250"],
            audit.Where(a => a is { Action: "extension.created", ActorId: "aad-admin" }).Select(a => a.Target).Order());
        var job = Assert.Single(audit, a => a.Action == "import.completed");
        Assert.Contains("\"created\":3", job.After);
        // The demo PBX: PbxBot sends the welcome e-mails itself, one per row with an address.
        await Eventually.TrueAsync(() => Directory.Exists(bot.PickupDirectory) && Directory.GetFiles(bot.PickupDirectory, "*.eml").Length == 2, "two welcome e-mails", Ct);

        // A replayed Confirm shows where the job is and creates nothing.
        await admin.PressAsync("Créer 3 extensions", card: preview);
        Assert.Contains("Import terminé", admin.LastCard!.Text);
        Assert.Equal(3, (await bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct)).Count(a => a is { Action: "extension.created", ActorId: "aad-admin" }));
    }

    [Fact]
    public async Task OnlyTheAdminWhoPreparedItConfirmsOrCancelsIt()
    {
        await using var bot = await PbxBotUnderTest.StartAsync();
        var admin = bot.User(TestPbx.Users.Admin);
        var owner = bot.User(TestPbx.Users.Owner);
        await admin.SendFileAsync("équipe.csv", ImportFiles.Many(2));
        var preview = admin.LastCard!;

        await owner.PressAsync("Créer 2 extensions", card: preview);

        Assert.Contains(owner.Texts, t => t.Contains("préparé par Alice Admin", StringComparison.Ordinal));
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));

        await admin.PressAsync("Annuler", card: preview);
        Assert.Contains("Import annulé : rien n'a été créé.", admin.LastCard!.Text);
        await admin.PressAsync("Créer 2 extensions", card: preview);
        Assert.Contains("n'existe plus", admin.LastCard!.Text);
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }

    [Fact]
    public async Task ANumberTakenSinceThePreviewIsReplacedWhenTheBotPickedIt()
    {
        await using var bot = await PbxBotUnderTest.StartAsync();
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.SendFileAsync("équipe.csv", ImportFiles.FrenchExcel(";Émile;Zola;emile@dupont.example;;Ventes;;;", "160;Jules;Verne;jules@dupont.example;;Ventes;;;"));
        // Someone takes 103 (the number the preview picked) and 160 (the number the file asks for) meanwhile.
        foreach (var number in new[] { "103", "160" })
        {
            await bot.Repository.CreateExtensionAsync(
                new Extension { Number = number, FirstName = "Pris", LastName = number, Department = TestPbx.General, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "console" },
                new AuditEntry { Id = Guid.NewGuid().ToString("N"), PbxId = TestPbx.Id, At = DateTimeOffset.UtcNow, ActorId = "console", ActorName = "console", Action = "extension.synced", Target = $"extension:{number}" },
                [], null, Ct);
        }

        await admin.PressAsync("Créer 2 extensions");

        var summary = await admin.WaitForCardAsync(c => c.Text.Contains("Import terminé", StringComparison.Ordinal));
        Assert.Contains("1 extensions créées sur 2.", summary.Text);
        Assert.Contains("Ligne 3", summary.Text);
        Assert.Contains("160", summary.Text);
        Assert.Equal("Zola", (await bot.Repository.GetExtensionAsync(TestPbx.Id, "104", Ct))!.Value.LastName);
        var job = (await bot.Store.QueryAsync<ImportJob>(TestPbx.Id, new DocumentQuery(DocumentKinds.Import), Ct)).Single().Value;
        Assert.Equal((ImportStatus.Done, 1, 2), (job.Status, job.Created, job.Next));
    }
}
