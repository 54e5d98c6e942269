using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Import;

/// <summary>
/// « importer des extensions » explains the columns and offers the template; a CSV sent in the chat (Teams' download
/// link or a channel's attachment) is read and every row validated by the rules service as the wizard would — the
/// emergency numbers, numbers taken on the PBX or twice in the file, roles at or above one's own, e-mail formats,
/// departments — with empty numbers given the next free ones. Nothing is saved before Confirm.
/// </summary>
public sealed class AFileIsCheckedRowByRowBeforeAnythingIsCreated : ConversationTest
{
    [Fact]
    public async Task TheCommandExplainsTheColumnsAndOffersTheTemplate()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("importer des extensions");

        var intro = admin.LastCard!;
        Assert.Contains("Importer des extensions", intro.Text);
        Assert.Contains("2 000 lignes", intro.Text.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("Prénom / FirstName", intro.Text);
        var (status, body, type) = await ImportFiles.DownloadAsync(Bot, ImportFiles.LinkOf(intro, "Télécharger le modèle"));
        Assert.Equal(200, status);
        Assert.StartsWith("text/csv", type);
        var template = ImportFiles.Utf8(body);
        Assert.Contains("Numéro;Prénom;Nom;E-mail", template);
        Assert.Contains("Exemple : 101", template);
    }

    [Theory]
    [MemberData(nameof(Clients.Both), MemberType = typeof(Clients))]
    public async Task EveryRowIsCheckedAndNothingIsSavedBeforeConfirm(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);

        await admin.SendFileAsync("équipe.csv", ImportFiles.Mixed());

        var preview = admin.LastCard!;
        var text = preview.Text;
        Assert.Contains("Aperçu de l'import", text);
        Assert.Contains("équipe.csv", text);
        Assert.Equal(["3", "6", "1", "1"], Facts(preview, "À créer", "Avec des erreurs", "Doublons dans le fichier", "Sans e-mail (pas d'e-mail de bienvenue)"));
        // Each refused row with its line and the rules service's own words.
        Assert.Contains("Ligne 4 · 112 · Victor Hugo", text);
        Assert.Contains("Le 112 est un numéro d'urgence", text);
        Assert.Contains("Ligne 5", text);
        Assert.Contains("Adresse e-mail :", text);
        Assert.Contains("Le numéro 250 figure aussi ligne 3 du fichier.", text);
        Assert.Contains("Comptabilité", text);
        Assert.Contains("Vous ne pouvez pas attribuer le rôle « Administrateur système »", text);
        Assert.Contains("Le 101 est déjà attribué", text);
        // Empty numbers get the next free ones, around the numbers the file asks for.
        Assert.Contains("103", text);
        Assert.Contains("Émile Zola · Ventes", text);
        Assert.Contains("104", text);
        Assert.True(preview.HasButton("Créer 3 extensions"));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "250", Ct));
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "extension.created" && a.ActorId == TestPbx.Users.Admin.Id);

        // The error report: every refused row with its line and messages, ready to correct and send again.
        var (status, body, _) = await ImportFiles.DownloadAsync(Bot, ImportFiles.LinkOf(preview, "Télécharger le rapport d'erreurs"));
        Assert.Equal(200, status);
        var report = ImportFiles.Utf8(body).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\uFEFFLigne;Erreurs;Numéro;Prénom", report[0]);
        Assert.Equal(["4", "5", "6", "7", "8", "10"], report.Skip(1).Where(l => char.IsDigit(l[0])).Select(l => l.Split(';')[0]));
    }

    [Fact]
    public async Task TeamsDownloadLinksAreFetchedWithoutTheBotsToken()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SendFileAsync("equipe.csv", ImportFiles.Many(2));

        var download = Assert.Single(Bot.Connector.FileDownloads);
        Assert.Null(download.Authorization);
        Assert.Contains("À créer", admin.LastCard!.Text);
    }

    [Fact]
    public async Task AnEnglishOperatorReadsTheSameChecksInEnglish()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");

        await admin.SayAsync("import extensions");
        Assert.Contains("Send me a CSV file", admin.LastCard!.Text);
        await admin.SendFileAsync("team.csv", ImportFiles.Mixed());

        var text = admin.LastCard!.Text;
        Assert.Contains("Import preview", text);
        Assert.Contains("Line 4 · 112 · Victor Hugo", text);
        Assert.Contains("it cannot be an extension", text);
        Assert.Contains("Number 250 is also on line 3 of the file.", text);
        Assert.True(admin.LastCard!.HasButton("Create 3 extensions"));
    }

    [Fact]
    public async Task ADepartmentAdminImportsOnlyIntoTheirDepartments()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SendFileAsync("support.csv", ImportFiles.FrenchExcel(
            ";Ada;Lovelace;ada@dupont.example;;Support;;;",
            ";Alan;Turing;alan@dupont.example;;Ventes;;;"));

        var text = supportAdmin.LastCard!.Text;
        Assert.True(supportAdmin.LastCard!.HasButton("Créer 1 extension"));
        Assert.Contains("Ligne 3 · Alan Turing", text);
    }

    private static string[] Facts(CardView card, params string[] titles) =>
        titles.Select(t => card.Elements.Where(e => e["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(f => f["facts"]!.AsArray())
            .First(f => f!["title"]!.GetValue<string>() == t)!["value"]!.GetValue<string>()).ToArray();
}
