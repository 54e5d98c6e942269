using System.Text;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Import;

/// <summary>A file that cannot be read, is not a CSV or is too big, or someone not allowed: a clear sentence, nothing saved.</summary>
public sealed class AFileTheBotCannotUseIsExplained : ConversationTest
{
    [Fact]
    public async Task AnExpiredLinkAsksToSendTheFileAgain()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SendFileAsync("equipe.csv", [], status: 403);

        Assert.Contains(admin.Texts, t => t.Contains("Je n'ai pas pu lire le fichier « equipe.csv »", StringComparison.Ordinal) && t.Contains("Envoyez-le à nouveau", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExcelWorkbookOrAPdfIsNotACsv()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SendFileAsync("equipe.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"));

        Assert.Contains(admin.Texts, t => t.StartsWith("Le fichier « equipe.pdf » ne peut pas être importé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MoreThanTwoThousandRowsAreRefusedWithTheLimit()
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SendFileAsync("trop.csv", ImportFiles.Many(2_001));

        var refusal = Assert.Single(admin.Texts, t => t.Contains("trop.csv", StringComparison.Ordinal));
        Assert.Contains("2", refusal);
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }

    [Fact]
    public async Task AManagerCannotImport()
    {
        var manager = Bot.User(TestPbx.Users.Manager);

        await manager.SendFileAsync("equipe.csv", ImportFiles.Many(1));

        Assert.Contains(manager.Texts, t => t.Contains("Seuls les administrateurs", StringComparison.Ordinal));
        Assert.Empty(Bot.Connector.FileDownloads);
    }
}
