using System.Text.Json;
using Microsoft.Data.Sqlite;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Sqlite;

/// <summary>
/// The PBX documents in one SQLite table keyed by (pbx_id, id): the same semantics as the Cosmos container —
/// structural uniqueness, ETags, all-or-nothing commits (one IMMEDIATE transaction), partition-scoped queries.
/// </summary>
public sealed class SqlitePbxStore(SqliteDatabase database, TimeProvider time) : IPbxStore, IOutboxStore
{
    private const string Store = "sqlite";

    public async Task<Stored<T>?> GetAsync<T>(string pbxId, string id, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(session =>
        {
            var command = session.Command("SELECT body, etag FROM documents WHERE pbx_id = $pbx AND id = $id");
            command.Parameters.AddWithValue("$pbx", pbxId);
            command.Parameters.AddWithValue("$id", id);
            return ReadAsync<T>(command, id, "read", cancellationToken);
        }, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyDictionary<string, Stored<T>>> GetManyAsync<T>(string pbxId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, IPbxStore.MaxGetMany, nameof(ids));
        var found = new Dictionary<string, Stored<T>>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }
        foreach (var document in await database.ReadAsync(session => ReadManyAsync(session, null, pbxId, ids, cancellationToken), cancellationToken))
        {
            found[document.Id] = document.As<T>();
        }
        return found;
    }

    /// <summary>
    /// The point reads (one statement) and each query (one statement each) on one connection inside one read
    /// transaction: WAL gives them one moment of the file. One compound statement (UNION ALL) was measured slower than
    /// the separate statements (sub-selects with their own ORDER BY and LIMIT run as co-routines).
    /// </summary>
    public async Task<DocumentSet> ReadSetAsync(string pbxId, IReadOnlyCollection<string> ids, IReadOnlyList<DocumentQuery> queries, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, IPbxStore.MaxGetMany, nameof(ids));
        var byId = new Dictionary<string, StoredJson>(StringComparer.Ordinal);
        var byQuery = new IReadOnlyList<StoredJson>[queries.Count];
        await database.ReadAsync(async session =>
        {
            await using var transaction = session.Connection.BeginTransaction(deferred: true);
            if (ids.Count > 0)
            {
                foreach (var document in await ReadManyAsync(session, transaction, pbxId, ids, cancellationToken))
                {
                    byId[document.Id] = document;
                }
            }
            for (var i = 0; i < queries.Count; i++)
            {
                var command = QueryCommand(session, transaction, pbxId, queries[i], "id, body, etag");
                byQuery[i] = await ReadJsonAsync(command, queries[i].Kind, "query", cancellationToken);
            }
            transaction.Commit();
            return true;
        }, cancellationToken);
        return new DocumentSet(byId, byQuery);
    }

    private static async Task<List<StoredJson>> ReadJsonAsync(SqliteCommand command, string what, string operation, CancellationToken ct)
    {
        try
        {
            var rows = new List<StoredJson>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new StoredJson(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
            return rows;
        }
        catch (SqliteException e)
        {
            throw SqliteDatabase.Translate(e, what);
        }
        finally
        {
            StoreMetrics.RoundTrip(Store, operation);
        }
    }

    /// <summary>
    /// The documents of those ids (the missing ones absent) in one statement. The ids go as one JSON array, so that it
    /// is one prepared statement whatever their number; SQLite still looks each up by the primary key.
    /// </summary>
    private static Task<List<StoredJson>> ReadManyAsync(SqliteSession session, SqliteTransaction? transaction, string pbxId, IEnumerable<string> ids, CancellationToken ct)
    {
        var command = session.Command("SELECT id, body, etag FROM documents WHERE pbx_id = $pbx AND id IN (SELECT value FROM json_each($ids))", transaction);
        command.Parameters.AddWithValue("$pbx", pbxId);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids, StoreJson.Options));
        return ReadJsonAsync(command, pbxId, "read-many", ct);
    }

    /// <summary>A query of one PBX's documents, selecting <paramref name="columns"/>.</summary>
    private static SqliteCommand QueryCommand(SqliteSession session, SqliteTransaction? transaction, string pbxId, DocumentQuery query, string columns)
    {
        var command = session.Command($"SELECT {columns} FROM documents{IndexFor(query)} WHERE pbx_id = $pbx AND {Filter(query)}", transaction);
        command.Parameters.AddWithValue("$pbx", pbxId);
        BindFilter(command, query);
        return command;
    }

    public async Task<IReadOnlyList<Stored<T>>> QueryAsync<T>(string pbxId, DocumentQuery query, CancellationToken cancellationToken)
    {
        return await database.ReadAsync(
            session => ReadAsync<T>(QueryCommand(session, null, pbxId, query, "body, etag"), query.Kind, "query", cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<Stored<T>>> QueryAllPbxesAsync<T>(DocumentQuery query, CancellationToken cancellationToken)
    {
        return await database.ReadAsync(session =>
        {
            var command = session.Command($"SELECT body, etag FROM documents WHERE {Filter(query)}");
            BindFilter(command, query);
            return ReadAsync<T>(command, query.Kind, "query", cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> CommitAsync(string pbxId, IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        try
        {
            // All or nothing: the writer runs the changes in a savepoint of its transaction, rolled back if one fails.
            return await database.WriteAsync(async (session, transaction) =>
            {
                var etags = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var change in changes)
                {
                    if (await ApplyAsync(session, transaction, pbxId, change, cancellationToken) is { } etag)
                    {
                        etags[change.Id] = etag;
                    }
                }
                return (IReadOnlyDictionary<string, string>)etags;
            }, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new StoreUnavailableException($"SQLite failed ({e.SqliteErrorCode}): {e.Message}", e);
        }
        finally
        {
            StoreMetrics.RoundTrip(Store, "commit");
        }
    }

    internal const string ClaimDue = $$"""
        SELECT pbx_id, body, etag FROM documents INDEXED BY ix_outbox_due
        WHERE kind = '{{DocumentKinds.Outbox}}' AND tag = '{{OutboxDocument.DueTag}}'
          AND ((json_extract(body, '$.status') = 'queued' AND json_extract(body, '$.dueAtMs') <= $now)
            OR (json_extract(body, '$.status') = 'sending' AND json_extract(body, '$.leaseUntilMs') <= $now))
        ORDER BY json_extract(body, '$.dueAtMs')
        LIMIT $max
        """;

    public async Task<IReadOnlyList<Stored<OutboxMessage>>> ClaimDueAsync(string workerId, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var due = await database.ReadAsync(async session =>
        {
            // The kind and the tag as literals: SQLite can use a partial index (ix_outbox_due) only for a query whose
            // WHERE says what the index's does. Named, because left to itself SQLite may prefer (kind, parent) and sort
            // every message the PBX ever sent.
            var command = session.Command(ClaimDue);
            command.Parameters.AddWithValue("$now", nowMs);
            command.Parameters.AddWithValue("$max", max);
            List<(string PbxId, Stored<OutboxMessage> Message)> rows = [];
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetString(0), new Stored<OutboxMessage>(Deserialize<OutboxMessage>(reader.GetString(1)), reader.GetString(2))));
                }
                return rows;
            }
            catch (SqliteException e)
            {
                throw SqliteDatabase.Translate(e, DocumentKinds.Outbox);
            }
            finally
            {
                StoreMetrics.RoundTrip(Store, "query");
            }
        }, cancellationToken);
        // Each claim is its own commit (a message another worker took first fails alone), all queued at once so that
        // the writer puts them in one transaction: one fsync for the batch instead of one per message.
        var claims = due.Select(async d =>
        {
            var taken = d.Message.Value with { Status = OutboxStatus.Sending, ClaimedBy = workerId, LeaseUntilMs = nowMs + (long)lease.TotalMilliseconds };
            try
            {
                var etags = await CommitAsync(d.PbxId, [new Change.Replace(OutboxDocument.Of(taken), d.Message.ETag)], cancellationToken);
                return new Stored<OutboxMessage>(taken, etags[DocumentKinds.OutboxId(taken.Id)]);
            }
            catch (StoreConcurrencyException)
            {
                // Another worker claimed it first: exactly one does.
                return null;
            }
        }).ToList();
        return [.. (await Task.WhenAll(claims)).OfType<Stored<OutboxMessage>>()];
    }

    public async Task<string> CompleteAsync(Stored<OutboxMessage> claimed, OutboxMessage outcome, CancellationToken cancellationToken)
    {
        var etags = await CommitAsync(outcome.PbxId, [new Change.Replace(OutboxDocument.Of(outcome), claimed.ETag)], cancellationToken);
        return etags[DocumentKinds.OutboxId(outcome.Id)];
    }

    public Task<IReadOnlyList<Stored<OutboxMessage>>> ListBySubjectAsync(string pbxId, string subject, int max, CancellationToken cancellationToken) =>
        QueryAsync<OutboxMessage>(pbxId, new DocumentQuery(DocumentKinds.Outbox) { Parent = subject, Max = max, NewestFirst = true }, cancellationToken);

    private const string InsertDocument = """
        INSERT INTO documents (pbx_id, id, kind, parent, tag, search, etag, updated_at, body)
        VALUES ($pbx, $id, $kind, $parent, $tag, $search, $etag, $now, $body)
        """;

    private const string ReplaceDocument = """
        UPDATE documents SET kind = $kind, parent = $parent, tag = $tag, search = $search, etag = $etag, updated_at = $now, body = $body
        WHERE pbx_id = $pbx AND id = $id AND etag = $expected
        """;

    private const string UpsertDocument = """
        INSERT INTO documents (pbx_id, id, kind, parent, tag, search, etag, updated_at, body)
        VALUES ($pbx, $id, $kind, $parent, $tag, $search, $etag, $now, $body)
        ON CONFLICT (pbx_id, id) DO UPDATE SET kind = excluded.kind, parent = excluded.parent, tag = excluded.tag,
            search = excluded.search, etag = excluded.etag, updated_at = excluded.updated_at, body = excluded.body
        """;

    private async Task<string?> ApplyAsync(SqliteSession session, SqliteTransaction transaction, string pbxId, Change change, CancellationToken ct)
    {
        // The session's prepared command of that SQL, with the document's keys bound.
        SqliteCommand Statement(string sql)
        {
            var command = session.Command(sql, transaction);
            command.Parameters.AddWithValue("$pbx", pbxId);
            command.Parameters.AddWithValue("$id", change.Id);
            return command;
        }
        string? etag = SqliteDatabase.NewETag();
        SqliteCommand command;
        switch (change)
        {
            case Change.Create create:
                command = Statement(InsertDocument);
                Bind(command, create.Document, etag);
                break;
            case Change.Replace replace:
                command = Statement(ReplaceDocument);
                Bind(command, replace.Document, etag);
                command.Parameters.AddWithValue("$expected", replace.ETag);
                break;
            case Change.Upsert upsert:
                command = Statement(UpsertDocument);
                Bind(command, upsert.Document, etag);
                break;
            case Change.Delete { ETag: null }:
                command = Statement("DELETE FROM documents WHERE pbx_id = $pbx AND id = $id");
                etag = null;
                break;
            case Change.Delete delete:
                command = Statement("DELETE FROM documents WHERE pbx_id = $pbx AND id = $id AND etag = $expected");
                command.Parameters.AddWithValue("$expected", delete.ETag);
                etag = null;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change.GetType().Name);
        }
        int affected;
        try
        {
            affected = await command.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException e)
        {
            throw SqliteDatabase.Translate(e, change.Id);
        }
        if (affected == 0)
        {
            // A replace or delete that matched nothing: the document changed since it was read, or vanished (412/404).
            throw new StoreConcurrencyException(change.Id);
        }
        return etag;
    }

    private void Bind(SqliteCommand command, PbxDocument document, string etag)
    {
        command.Parameters.AddWithValue("$kind", document.Kind);
        command.Parameters.AddWithValue("$parent", (object?)document.Parent ?? DBNull.Value);
        command.Parameters.AddWithValue("$tag", (object?)document.Tag ?? DBNull.Value);
        command.Parameters.AddWithValue("$search", (object?)document.SearchText ?? DBNull.Value);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(document.Value, document.Value.GetType(), StoreJson.Options));
    }

    /// <summary>
    /// A query on the kind alone ("the departments", "the DIDs", "the latest audit entries") goes through an index on
    /// (pbx_id, kind, …): left to itself SQLite prefers the primary key (pbx_id, id), which is already in id order,
    /// and reads every document of the PBX — 10,000 extensions to find three departments. With a parent or a tag it
    /// picks the right index by itself.
    /// </summary>
    private static string IndexFor(DocumentQuery query) => query switch
    {
        { Parent: not null } or { Tag: not null } => "",
        { NewestFirst: true } => " INDEXED BY ix_documents_newest",
        _ => " INDEXED BY ix_documents_kind_id",
    };

    /// <summary>The WHERE (after the PBX), ORDER BY and LIMIT of <paramref name="query"/>: its parameters in <see cref="BindFilter"/>.</summary>
    private static string Filter(DocumentQuery query)
    {
        var sql = "kind = $kind";
        if (query.Parent is not null)
        {
            sql += " AND parent = $parent";
        }
        if (query.Tag is not null)
        {
            sql += " AND tag = $tag";
        }
        if (query.SearchTerm is not null)
        {
            sql += " AND instr(search, $term) > 0";
        }
        sql += query.NewestFirst ? " ORDER BY updated_at DESC, id DESC" : " ORDER BY id";
        return sql + " LIMIT $max";
    }

    private static void BindFilter(SqliteCommand command, DocumentQuery query)
    {
        command.Parameters.AddWithValue("$kind", query.Kind);
        if (query.Parent is not null)
        {
            command.Parameters.AddWithValue("$parent", query.Parent);
        }
        if (query.Tag is not null)
        {
            command.Parameters.AddWithValue("$tag", query.Tag);
        }
        if (query.SearchTerm is not null)
        {
            command.Parameters.AddWithValue("$term", query.SearchTerm);
        }
        command.Parameters.AddWithValue("$max", query.Max);
    }

    private static async Task<List<Stored<T>>> ReadAsync<T>(SqliteCommand command, string what, string operation, CancellationToken ct)
    {
        try
        {
            var rows = new List<Stored<T>>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new Stored<T>(Deserialize<T>(reader.GetString(0)), reader.GetString(1)));
            }
            return rows;
        }
        catch (SqliteException e)
        {
            throw SqliteDatabase.Translate(e, what);
        }
        finally
        {
            StoreMetrics.RoundTrip(Store, operation);
        }
    }

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, StoreJson.Options)
        ?? throw new StoreUnavailableException($"A stored {typeof(T).Name} could not be read.");
}
