using System.Text;
using PbxBot.Csv;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Import;

/// <summary>
/// « exporter les extensions » gives the PBX's extensions as a CSV in the 3CX export's format behind an expiring link;
/// the file reads back into the same rows, and sent back as an import it creates nothing twice.
/// </summary>
public sealed class AnExportGoesRoundTrip : ConversationTest
{
    [Fact]
    public async Task TheExportReadsBackAndReimportsAsTakenNumbers()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("exporter les extensions");

        var card = admin.LastCard!;
        Assert.Contains("3 extensions", card.Text);
        var (status, body, type) = await ImportFiles.DownloadAsync(Bot, ImportFiles.LinkOf(card, "Télécharger le fichier CSV"));
        Assert.Equal(200, status);
        Assert.StartsWith("text/csv", type);
        var read = ExtensionCsvReader.Read(new MemoryStream(body));
        Assert.True(read.Succeeded, read.Error?.Code.ToString());
        Assert.Equal(CsvFormat.ThreeCxExport, read.File.Format);
        Assert.Equal(["100 Accueil Standard Général", "101 Marie Curie Support", "102 Pierre Curie Ventes"],
            read.File.Rows.Select(r => $"{r.Number} {r.FirstName} {r.LastName} {r.Department}"));

        await admin.SendFileAsync("export.csv", body);

        Assert.Contains("Aucune ligne du fichier ne peut être créée", string.Join("\n", admin.Texts));
        Assert.Contains("Le 101 est déjà attribué", admin.LastCard!.Text);
        Assert.False(admin.LastCard!.HasButton("Créer 3 extensions"));
    }

    [Fact]
    public async Task ADepartmentAdminExportsOnlyTheirDepartments()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("export extensions");

        var (_, body, _) = await ImportFiles.DownloadAsync(Bot, ImportFiles.LinkOf(supportAdmin.LastCard!, "Télécharger le fichier CSV"));
        var rows = ExtensionCsvReader.Read(new MemoryStream(body)).File!.Rows;
        Assert.Equal(["101"], rows.Select(r => r.Number));
    }

    [Fact]
    public async Task AnUnknownLinkIsA404Page()
    {
        var (status, body, _) = await ImportFiles.DownloadAsync(Bot, $"http://localhost/files/{TestPbx.Id}/{new string('0', 32)}");

        Assert.Equal(404, status);
        Assert.Contains("expiré", Encoding.UTF8.GetString(body));
    }
}
