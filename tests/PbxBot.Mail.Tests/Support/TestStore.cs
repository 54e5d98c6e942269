using Microsoft.Extensions.Options;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Stores.Sqlite;

namespace PbxBot.Mail.Tests.Support;

/// <summary>The real embedded store (SQLite) in a file of its own, so tests run in parallel and leave nothing behind.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly string directory;
    private readonly SqliteDatabase database;
    private readonly SqlitePbxStore store;

    private TestStore(string directory, SqliteDatabase database)
    {
        this.directory = directory;
        this.database = database;
        // The store's own clock only stamps "last written" (status lists are newest first): real time keeps that order.
        store = new SqlitePbxStore(database, TimeProvider.System);
    }

    public IPbxStore Pbx => store;

    public IOutboxStore Outbox => store;

    public static async Task<TestStore> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pbxbot-mail-store", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = new SqliteDatabase(Options.Create(new SqliteOptions { Path = Path.Combine(directory, "pbxbot.db") }));
        await database.EnsureCreatedAsync(CancellationToken.None);
        return new TestStore(directory, database);
    }

    public ValueTask DisposeAsync()
    {
        database.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Pooled connections may still hold the file on some systems; the temp folder is reclaimed later.
        }
        return ValueTask.CompletedTask;
    }
}
