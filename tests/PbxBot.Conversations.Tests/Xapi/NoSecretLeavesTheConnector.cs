using System.Text;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// The PBX's client secret comes from configuration and goes nowhere else: not into a log line, the store, the audit
/// trail, a card or a Teams message — checked by reading every one of them after a whole create, sync and status.
/// </summary>
public sealed class NoSecretLeavesTheConnector
{
    [Fact]
    public async Task TheClientSecretIsInNoLogStoreCardOrMessage()
    {
        await using var pbx = await ConnectedPbx.StartAsync();
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync();
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        await admin.SayAsync("synchroniser");
        await admin.WaitForTextAsync("terminée");
        await admin.SayAsync("état du PBX");

        Assert.Contains(pbx.Logs.Records, r => r.Message.Contains("XAPI", StringComparison.Ordinal));
        Assert.DoesNotContain(pbx.Logs.Records, r => r.Message.Contains(ConnectedPbx.ClientSecret, StringComparison.Ordinal)
            || (r.Exception?.ToString().Contains(ConnectedPbx.ClientSecret, StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain(pbx.Logs.Records, r => r.Message.Contains("Bearer ", StringComparison.Ordinal) && !r.Message.Contains("Bearer *", StringComparison.Ordinal));
        // The database and its write-ahead log, as bytes: whatever SQLite holds, committed or not yet checkpointed.
        var store = string.Concat(Directory.GetFiles(Path.GetDirectoryName(pbx.Bot.SqlitePath)!, Path.GetFileName(pbx.Bot.SqlitePath) + "*")
            .Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.Contains("Ada", store);
        Assert.DoesNotContain(ConnectedPbx.ClientSecret, store, StringComparison.Ordinal);
        Assert.NotEmpty(pbx.Bot.Connector.Calls);
        Assert.DoesNotContain(pbx.Bot.Connector.Calls, c => c.RawBody.Contains(ConnectedPbx.ClientSecret, StringComparison.Ordinal));
        Assert.Contains(admin.Cards, c => c.Text.Contains("État du PBX", StringComparison.Ordinal) && c.Text.Contains("Connecté à", StringComparison.Ordinal));
    }
}
