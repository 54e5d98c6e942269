using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Seed 000, step 8: "l'utilisateur recevra automatiquement un e-mail de bienvenue avec ses identifiants".</summary>
public sealed class AWelcomeEmailIsQueuedOnSave : ConversationTest
{
    [Fact]
    public async Task TheSaveQueuesOneWelcomeEmailThatIsThenDelivered()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync();
        Assert.Empty(await Bot.Store.QueryAsync<OutboxMessage>(TestPbx.Id, new DocumentQuery(DocumentKinds.Outbox), Ct));

        await admin.PressAsync(Wizards.Confirm);

        Assert.Contains("ada@dupont.example", admin.LastCard!.Text);
        var message = Assert.Single(await Bot.Store.QueryAsync<OutboxMessage>(TestPbx.Id, new DocumentQuery(DocumentKinds.Outbox), Ct));
        Assert.Equal(OutboxKind.WelcomeEmail, message.Value.Kind);
        Assert.Equal("extension:103", message.Value.Subject);
        var eml = await WaitForFileAsync(Bot.PickupDirectory, "*.eml");
        var content = await File.ReadAllTextAsync(eml, Ct);
        Assert.Contains("ada@dupont.example", content);
    }

    private static async Task<string> WaitForFileAsync(string folder, string pattern)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder, pattern).FirstOrDefault() is { } file)
            {
                return file;
            }
            Assert.True(DateTime.UtcNow < deadline, $"No {pattern} appeared in {folder}.");
            await Task.Delay(50, Ct);
        }
    }
}
