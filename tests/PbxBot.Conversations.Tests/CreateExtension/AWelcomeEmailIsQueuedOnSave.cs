using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>
/// Seed 000, step 8: "l'utilisateur recevra automatiquement un e-mail de bienvenue avec ses identifiants" — once the
/// PBX has the user, so that the credentials work there.
/// </summary>
public sealed class AWelcomeEmailIsQueuedOnSave : ConversationTest
{
    [Fact]
    public async Task TheSaveQueuesOneWelcomeEmailThatIsThenDelivered()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync();
        Assert.Empty(await Bot.Store.QueryAsync<OutboxMessage>(TestPbx.Id, new DocumentQuery(DocumentKinds.Outbox), Ct));

        var confirmed = await admin.PressAsync(Wizards.Confirm);

        // Saved with its creation on the PBX; the welcome e-mail follows once the PBX has the user.
        // The turn's own card (the outbox's refresh to "applied" may already follow it).
        Assert.Contains(confirmed.Cards, c => c.Text.Contains("Envoyé à ada@dupont.example dès que le PBX aura créé l'extension", StringComparison.Ordinal));
        await admin.WaitForAppliedAsync();
        var queued = await Bot.Store.QueryAsync<OutboxMessage>(TestPbx.Id, new DocumentQuery(DocumentKinds.Outbox), Ct);
        Assert.Equal([OutboxKind.WelcomeEmail, OutboxKind.PbxChange], queued.Select(m => m.Value.Kind).Order());
        var message = queued.Single(m => m.Value.Kind == OutboxKind.WelcomeEmail);
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
