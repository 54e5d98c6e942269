using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Sqlite;

/// <summary>
/// Keeps the store's connections to the SQLite file — the writer's, and a few readers' — each with its statements
/// prepared (<see cref="SqliteSession"/>), creates the schema once, and turns SQLite's failures into the store's three
/// outcomes: conflict, concurrency, unavailable.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private const int SqliteConstraint = 19;
    private readonly IOptions<SqliteOptions> options;
    private readonly SemaphoreSlim schemaGate = new(1, 1);
    private readonly SqliteWriter writer;
    private readonly ConcurrentBag<SqliteSession> idleReaders = [];
    // More than the threads that read at once (SQLite reads run synchronously on the thread that awaits them), so that a
    // busy moment does not open and close connections; each keeps at most its own page cache (2 MiB).
    private readonly int maxIdleReaders = Math.Max(8, 4 * Environment.ProcessorCount);
    private volatile bool schemaReady;
    private volatile bool disposed;

    public SqliteDatabase(IOptions<SqliteOptions> options)
    {
        this.options = options;
        writer = new SqliteWriter(OpenSessionAsync);
    }

    private string? connectionString;

    // Not pooled: the sessions are the pool, and a connection they drop (after a failure, or on dispose) is closed,
    // not kept by Microsoft.Data.Sqlite with the file open.
    private string ConnectionString => connectionString ??= new SqliteConnectionStringBuilder
    {
        DataSource = options.Value.Path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = false,
        DefaultTimeout = (int)options.Value.BusyTimeout.TotalSeconds,
    }.ToString();

    /// <summary>
    /// Runs <paramref name="read"/> on an idle reader (opened when none is idle). Reads run side by side, each on its
    /// own connection: WAL gives each a consistent moment of the file while the writer commits.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<SqliteSession, Task<T>> read, CancellationToken ct)
    {
        var session = idleReaders.TryTake(out var idle) ? idle : await OpenSessionAsync(ct);
        T result;
        try
        {
            result = await read(session);
        }
        catch
        {
            // Whatever state a failed read left the connection in, the next read does not inherit it.
            session.Dispose();
            throw;
        }
        if (disposed || idleReaders.Count >= maxIdleReaders)
        {
            session.Dispose();
        }
        else
        {
            idleReaders.Add(session);
        }
        return result;
    }

    /// <summary>
    /// Runs <paramref name="write"/> in the process's writer (<see cref="SqliteWriter"/>: one writer, writes that arrive
    /// together share a transaction, each in its own savepoint); completes once it is committed. Every write goes
    /// through here: SQLite lets one writer in at a time, and the others would otherwise sleep in its busy handler, each
    /// on the thread-pool thread that runs its command (Microsoft.Data.Sqlite's async methods are synchronous), until
    /// the pool runs out of threads.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, SqliteTransaction, Task<T>> write, CancellationToken ct) => writer.WriteAsync(write, ct);

    /// <summary>A new connection, the schema created, WAL on and a busy timeout so that writers queue instead of failing.</summary>
    private async Task<SqliteSession> OpenSessionAsync(CancellationToken ct)
    {
        try
        {
            if (!schemaReady)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(options.Value.Path));
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }
            }
            var connection = new SqliteConnection(ConnectionString);
            try
            {
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
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
            return new SqliteSession(connection);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"The SQLite store at '{options.Value.Path}' cannot be opened: {e.Message}", e);
        }
    }

    public Task EnsureCreatedAsync(CancellationToken ct) => ReadAsync(_ => Task.FromResult(true), ct);

    /// <summary>Maps a SQLite failure of a command on <paramref name="documentId"/> to the store's exceptions.</summary>
    public static Exception Translate(SqliteException e, string documentId) =>
        e.SqliteErrorCode == SqliteConstraint
            ? new StoreConflictException(documentId, e)
            : new StoreUnavailableException($"SQLite failed ({e.SqliteErrorCode}): {e.Message}", e);

    public static string NewETag() => Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        // Lets the writer commit what is queued, then closes its connection.
        disposed = true;
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        while (idleReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }
        schemaGate.Dispose();
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
            command.CommandText = $$"""
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
                -- The outbox worker takes due messages in dueAtMs order: with this index it reads the first few instead
                -- of parsing every pending message's JSON and sorting them (a backlog made each claim slower). Partial,
                -- so that it holds the pending messages only and no other document's write computes its key (SQLite
                -- parses the body to do so); it replaces an index of every document by (kind, tag), and one by
                -- (kind, tag, dueAtMs), that every document write updated.
                DROP INDEX IF EXISTS ix_documents_due;
                DROP INDEX IF EXISTS ix_documents_outbox_due;
                CREATE INDEX IF NOT EXISTS ix_outbox_due ON documents (json_extract(body, '$.dueAtMs'))
                    WHERE kind = '{{DocumentKinds.Outbox}}' AND tag = '{{OutboxDocument.DueTag}}';
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
