using Microsoft.Data.Sqlite;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Stores;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Outages;

/// <summary>
/// The store stops answering just as the admin confirms (here: another process holds SQLite's write lock, a real
/// SQLITE_BUSY): the admin is told to retry, nothing is half-written, and the same review card saves once the
/// store is back — exactly one extension, one audit entry, one welcome e-mail.
/// </summary>
public sealed class AStoreOutageKeepsTheWizardForARetry : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() =>
        bot = await PbxBotUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Sqlite:BusyTimeout"] = "00:00:01" });

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheAdminIsToldToRetryAndTheRetrySavesOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");
        await admin.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace", ["email"] = "ada@dupont.example" });
        await admin.PressAsync("Suivant");
        var review = admin.LastCard!;
        var auditsBefore = await CountAsync(DocumentKinds.Audit, ct);

        await using (var writer = await HoldTheWriteLockAsync(ct))
        {
            var failed = await admin.PressAsync("Confirmer", card: review);

            Assert.Contains(failed.Texts, t => t.Contains("réessayez", StringComparison.OrdinalIgnoreCase));
        }
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct));
        Assert.Equal(auditsBefore, await CountAsync(DocumentKinds.Audit, ct));
        Assert.Equal(0, await CountAsync(DocumentKinds.Outbox, ct));
        Assert.Equal(0, await CountAsync(PbxChangeDocument.Kind, ct));

        await admin.PressAsync("Confirmer", card: review);

        Assert.NotNull(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct));
        Assert.Equal(auditsBefore + 1, await CountAsync(DocumentKinds.Audit, ct));
        Assert.Equal(1, await CountAsync(PbxChangeDocument.Kind, ct));
        // Its creation on the PBX, then (once applied) the welcome e-mail.
        await admin.WaitForAppliedAsync();
        Assert.Equal(2, await CountAsync(DocumentKinds.Outbox, ct));
    }

    private async Task<int> CountAsync(string kind, CancellationToken ct) =>
        (await bot.Store.QueryAsync<System.Text.Json.JsonElement>(TestPbx.Id, new DocumentQuery(kind) { Max = 1000 }, ct)).Count;

    /// <summary>A second connection that takes SQLite's exclusive write lock until disposed.</summary>
    private async Task<SqliteConnection> HoldTheWriteLockAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection($"Data Source={bot.SqlitePath};Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync(ct);
        return connection;
    }
}
