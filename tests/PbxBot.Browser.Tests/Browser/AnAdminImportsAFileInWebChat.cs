using System.Text;
using Microsoft.Playwright;
using PbxBot.Playground.SampleData;
using static Microsoft.Playwright.Assertions;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>
/// Issue 15 in the official Web Chat client: the admin asks to import, attaches a CSV with Web Chat's upload button and
/// sends it (DirectLineJS posts it as Direct Line's multipart upload), sees the preview with a refused row, confirms, and
/// watches the progress card turn into the summary.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AnAdminImportsAFileInWebChat(ChromiumFixture fixture)
{
    [Fact]
    public async Task The_admin_uploads_a_csv_previews_it_and_creates_its_rows()
    {
        fixture.RequireBrowser();
        var ct = TestContext.Current.CancellationToken;
        await using var chat = await WebChatPage.OpenAsync(fixture, nameof(AnAdminImportsAFileInWebChat), PlaygroundUsers.Admin.Id);
        await Expect(chat.Text("Bonjour")).ToBeVisibleAsync();

        await chat.SayAsync("importer des extensions");
        await Expect(chat.Text("Envoyez-moi un fichier CSV")).ToBeVisibleAsync();
        var csv = Encoding.UTF8.GetBytes("Prénom;Nom;E-mail\r\nGrace;Hopper;grace.hopper@import.example\r\nAlan;Turing;alan.turing@import.example\r\nKatherine;Johnson;pas-une-adresse\r\n");
        await chat.Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "equipe.csv", MimeType = "text/csv", Buffer = csv });
        await chat.ScreenshotAsync("file-attached");
        // Web Chat 4.18 holds an attached file in the send box (sendAttachmentOn: "send") until Send is pressed.
        await chat.SendBox.PressAsync("Enter");

        await Expect(chat.Text("Aperçu de l")).ToBeVisibleAsync();
        await Expect(chat.Text("Ligne 4 · Katherine Johnson")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("import-preview");
        await chat.PressAsync("Créer 2 extensions");

        await Expect(chat.Text("2 extensions créées sur 2.")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("import-summary");
        var audit = await fixture.Bot.Repository.ListAuditAsync(SamplePbx.Id, 200, ct);
        Assert.Contains(audit, a => a.Action == "import.completed");
        Assert.Equal(2, audit.Count(a => a.Action == "extension.created" && a.After?.Contains("import.example", StringComparison.Ordinal) == true));
    }
}
