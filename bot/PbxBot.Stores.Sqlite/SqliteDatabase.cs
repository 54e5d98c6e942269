using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Sqlite;

/// <summary>
/// Opens connections to the SQLite file (pooled by Microsoft.Data.Sqlite), creates the schema once, and turns
/// SQLite's failures into the store's three outcomes: conflict, concurrency, unavailable.
/// </summary>
public sealed class SqliteDatabase(IOptions<SqliteOptions> options) : IDisposable
{
    private const int SqliteConstraint = 19;
    private readonly SemaphoreSlim schemaGate = new(1, 1);
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private volatile bool schemaReady;

    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = options.Value.Path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = (int)options.Value.BusyTimeout.TotalSeconds,
    }.ToString();

    /// <summary>An open connection, the schema created, WAL on and a busy timeout so writers queue instead of failing.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(options.Value.Path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
            var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(ct);
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA busy_timeout = {(int)options.Value.BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            if (!schemaReady)
            {
                await CreateSchemaAsync(connection, ct);
            }
            return connection;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"The SQLite store at '{options.Value.Path}' cannot be opened: {e.Message}", e);
        }
    }

    /// <summary>
    /// Waits for this process's turn to write. SQLite lets one writer in at a time and makes the others sleep in its
    /// busy handler, each on the thread-pool thread that runs its command (Microsoft.Data.Sqlite's async methods run
    /// synchronously): under load the pool runs out of threads and every turn waits for new ones, hundreds of
    /// milliseconds. Queued here, a waiting writer holds no thread and never meets SQLITE_BUSY from its own
    /// process; the busy timeout still covers another process on the same file. Hold it only around the write.
    /// </summary>
    public async Task<WriteTurn> EnterWriteAsync(CancellationToken ct)
    {
        await writeGate.WaitAsync(ct);
        return new WriteTurn(writeGate);
    }

    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
    }

    /// <summary>Maps a SQLite failure of a command on <paramref name="documentId"/> to the store's exceptions.</summary>
    public static Exception Translate(SqliteException e, string documentId) =>
        e.SqliteErrorCode == SqliteConstraint
            ? new StoreConflictException(documentId, e)
            : new StoreUnavailableException($"SQLite failed ({e.SqliteErrorCode}): {e.Message}", e);

    public static string NewETag() => Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        schemaGate.Dispose();
        writeGate.Dispose();
    }

    private async Task CreateSchemaAsync(SqliteConnection connection, CancellationToken ct)
    {
        await schemaGate.WaitAsync(ct);
        try
        {
            if (schemaReady)
            {
                return;
            }
            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS documents (
                    pbx_id     TEXT    NOT NULL,
                    id         TEXT    NOT NULL,
                    kind       TEXT    NOT NULL,
                    parent     TEXT,
                    tag        TEXT,
                    search     TEXT,
                    etag       TEXT    NOT NULL,
                    updated_at INTEGER NOT NULL,
                    body       TEXT    NOT NULL,
                    PRIMARY KEY (pbx_id, id)
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS ix_documents_kind ON documents (pbx_id, kind, parent, tag);
                CREATE INDEX IF NOT EXISTS ix_documents_kind_id ON documents (pbx_id, kind, id);
                CREATE INDEX IF NOT EXISTS ix_documents_newest ON documents (pbx_id, kind, updated_at);
                CREATE INDEX IF NOT EXISTS ix_documents_parent ON documents (kind, parent);
                CREATE INDEX IF NOT EXISTS ix_documents_due ON documents (kind, tag);
                CREATE TABLE IF NOT EXISTS conversations (
                    id         TEXT    NOT NULL PRIMARY KEY,
                    etag       TEXT    NOT NULL,
                    updated_at INTEGER NOT NULL,
                    body       TEXT    NOT NULL
                ) WITHOUT ROWID;
                """;
            await command.ExecuteNonQueryAsync(ct);
            schemaReady = true;
        }
        finally
        {
            schemaGate.Release();
        }
    }
}

/// <summary>The right to write, from <see cref="SqliteDatabase.EnterWriteAsync"/> until disposed.</summary>
public readonly struct WriteTurn(SemaphoreSlim gate) : IDisposable
{
    public void Dispose() => gate.Release();
}
