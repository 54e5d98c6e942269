using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Sqlite;

/// <summary>
/// The process's one SQLite writer, with group commit. SQLite lets one writer in at a time, and each commit waits
/// for its fsync (about 0.35 ms here, far more on a busy disk): one transaction per write caps a bot at a few hundred
/// writes a second however many turns wait. Writes queue here; the writer takes all that arrived while the previous
/// transaction committed and runs them in the next one, each inside its own savepoint — a write that fails (an ETag
/// that moved, a duplicate id) is rolled back alone, as its own transaction would have been — then commits them with
/// one fsync. A write's task completes only once its transaction is committed: durability and read-your-writes are
/// those of one transaction per write. Waiting writers hold no thread; SQLite's busy timeout still covers another
/// process on the same file.
/// </summary>
internal sealed class SqliteWriter : IAsyncDisposable
{
    /// <summary>Enough to share an fsync among a busy bot's writes, small enough to keep one transaction short.</summary>
    private const int MaxBatch = 64;

    private readonly Func<CancellationToken, Task<SqliteSession>> open;
    private readonly Channel<IPendingWrite> queue = Channel.CreateUnbounded<IPendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;
    private SqliteSession? session;

    public SqliteWriter(Func<CancellationToken, Task<SqliteSession>> open)
    {
        this.open = open;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Runs <paramref name="write"/> in the writer's next transaction; completes when that is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, SqliteTransaction, Task<T>> write, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var pending = new PendingWrite<T>(write, ct);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);
        return pending.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
        session?.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<IPendingWrite>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                if (!pending.CancelIfRequested())
                {
                    batch.Add(pending);
                }
            }
            if (batch.Count == 0)
            {
                continue;
            }
            Exception? failure = null;
            try
            {
                await CommitAsync(batch);
            }
            catch (Exception e)
            {
                failure = e as StoreException ?? new StoreUnavailableException($"SQLite could not commit: {e.Message}", e);
                // The connection may be in any state after a failed BEGIN or COMMIT: the next batch opens a fresh one.
                session?.Dispose();
                session = null;
            }
            foreach (var pending in batch)
            {
                pending.Finish(failure);
            }
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<IPendingWrite> batch)
    {
        session ??= await open(CancellationToken.None);
        // BEGIN IMMEDIATE: take the write lock now (waiting up to the busy timeout for another process), not at the
        // first write, so that no statement of the batch can meet SQLITE_BUSY half-way.
        await using var transaction = (SqliteTransaction)await session.Connection.BeginTransactionAsync();
        foreach (var pending in batch)
        {
            // The session's prepared statements rather than SqliteTransaction.Save/Release, which parse theirs each time.
            session.Command("SAVEPOINT write", transaction).ExecuteNonQuery();
            if (!await pending.RunAsync(session, transaction))
            {
                session.Command("ROLLBACK TO SAVEPOINT write", transaction).ExecuteNonQuery();
            }
            session.Command("RELEASE SAVEPOINT write", transaction).ExecuteNonQuery();
        }
        await transaction.CommitAsync();
    }

    private interface IPendingWrite
    {
        /// <summary>True (and the caller told) when the caller gave up before the write ran.</summary>
        bool CancelIfRequested();

        /// <summary>Runs the write; false when it threw (its exception is kept for its caller).</summary>
        Task<bool> RunAsync(SqliteSession session, SqliteTransaction transaction);

        /// <summary>After the commit (<paramref name="commitFailure"/> null) or its failure: completes the caller's task.</summary>
        void Finish(Exception? commitFailure);
    }

    private sealed class PendingWrite<T>(Func<SqliteSession, SqliteTransaction, Task<T>> write, CancellationToken ct) : IPendingWrite
    {
        private readonly TaskCompletionSource<T> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;
        private Exception? failure;

        public Task<T> Task => done.Task;

        public bool CancelIfRequested() => ct.IsCancellationRequested && done.TrySetCanceled(ct);

        public async Task<bool> RunAsync(SqliteSession session, SqliteTransaction transaction)
        {
            try
            {
                result = await write(session, transaction);
                return true;
            }
            catch (Exception e)
            {
                failure = e;
                return false;
            }
        }

        public void Finish(Exception? commitFailure)
        {
            if (failure is not null)
            {
                done.TrySetException(failure);
            }
            else if (commitFailure is not null)
            {
                done.TrySetException(commitFailure);
            }
            else
            {
                done.TrySetResult(result!);
            }
        }
    }
}
