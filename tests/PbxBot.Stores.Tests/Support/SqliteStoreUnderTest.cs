using Microsoft.Extensions.Options;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Stores.Sqlite;

namespace PbxBot.Stores.Tests.Support;

/// <summary>The embedded store in a temp folder of its own, so tests run in parallel and leave nothing behind.</summary>
public sealed class SqliteStoreUnderTest : StoreUnderTest
{
    private readonly string folder;
    private readonly SqliteDatabase database;
    private readonly SqlitePbxStore store;

    private SqliteStoreUnderTest(string folder, string path, SqliteDatabase database)
    {
        this.folder = folder;
        this.database = database;
        DatabasePath = path;
        store = new SqlitePbxStore(database, TimeProvider.System);
        Conversations = new SqliteConversationStore(database, TimeProvider.System);
    }

    public override StoreKind Kind => StoreKind.Sqlite;

    /// <summary>The database under the stores, for the tests of SQLite's own behaviour (statements, query plans).</summary>
    public SqliteDatabase Database => database;

    /// <summary>Its file, to open it again.</summary>
    public string DatabasePath { get; }

    public override IPbxStore Pbx => store;

    public override IOutboxStore Outbox => store;

    public override IConversationStore Conversations { get; }

    /// <summary>A store on <paramref name="path"/>, not opened: for the failure cases (a path that cannot be written).</summary>
    public static SqliteDatabase At(string path) =>
        new(Options.Create(new SqliteOptions { Path = path, BusyTimeout = TimeSpan.FromSeconds(30) }));

    public static async Task<SqliteStoreUnderTest> OpenAsync(CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pbxbot-store-contract", Guid.NewGuid().ToString("N"));
        // The folder is not created here: the store creates it on first run, as it does under ./data.
        var path = Path.Combine(folder, "data", "pbxbot.db");
        var database = At(path);
        await database.EnsureCreatedAsync(ct);
        return new SqliteStoreUnderTest(folder, path, database);
    }

    public override ValueTask DisposeAsync()
    {
        database.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A read still running when the test ended may hold the file; the temp folder is reclaimed later.
        }
        return ValueTask.CompletedTask;
    }
}
