using System.Text.Json;
using Microsoft.Data.Sqlite;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Sqlite;

/// <summary>Wizard state, conversation references and processed-activity marks, one row each, with ETags.</summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider time) : IConversationStore
{
    private const string Store = "sqlite";

    public async Task<Stored<T>?> GetAsync<T>(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await database.ReadAsync(async session =>
            {
                var command = session.Command("SELECT body, etag FROM conversations WHERE id = $id");
                command.Parameters.AddWithValue("$id", id);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                return await reader.ReadAsync(cancellationToken)
                    ? new Stored<T>(JsonSerializer.Deserialize<T>(reader.GetString(0), StoreJson.Options)!, reader.GetString(1))
                    : null;
            }, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw SqliteDatabase.Translate(e, id);
        }
        finally
        {
            StoreMetrics.RoundTrip(Store, "read");
        }
    }

    public Task<string> SaveAsync<T>(string id, T value, string? etag, CancellationToken cancellationToken) =>
        WriteAsync(id, value, etag is null
            ? "INSERT INTO conversations (id, etag, updated_at, body) VALUES ($id, $etag, $now, $body)"
            : "UPDATE conversations SET etag = $etag, updated_at = $now, body = $body WHERE id = $id AND etag = $expected", etag, cancellationToken);

    public Task<string> UpsertAsync<T>(string id, T value, CancellationToken cancellationToken) =>
        WriteAsync(id, value, """
            INSERT INTO conversations (id, etag, updated_at, body) VALUES ($id, $etag, $now, $body)
            ON CONFLICT (id) DO UPDATE SET etag = excluded.etag, updated_at = excluded.updated_at, body = excluded.body
            """, null, cancellationToken);

    public async Task DeleteAsync(string id, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            await database.WriteAsync(async (session, transaction) =>
            {
                var command = session.Command(
                    etag is null ? "DELETE FROM conversations WHERE id = $id" : "DELETE FROM conversations WHERE id = $id AND etag = $expected", transaction);
                command.Parameters.AddWithValue("$id", id);
                if (etag is not null)
                {
                    command.Parameters.AddWithValue("$expected", etag);
                }
                try
                {
                    var affected = await command.ExecuteNonQueryAsync(cancellationToken);
                    if (affected == 0 && etag is not null && await ExistsAsync(session, transaction, id, cancellationToken))
                    {
                        throw new StoreConcurrencyException(id);
                    }
                }
                catch (SqliteException e)
                {
                    throw SqliteDatabase.Translate(e, id);
                }
                return true;
            }, cancellationToken);
        }
        finally
        {
            StoreMetrics.RoundTrip(Store, "delete");
        }
    }

    public async Task<int> PurgeAsync(string idPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        try
        {
            return await database.WriteAsync(async (session, transaction) =>
            {
                var command = session.Command("DELETE FROM conversations WHERE substr(id, 1, length($prefix)) = $prefix AND updated_at < $before", transaction);
                command.Parameters.AddWithValue("$prefix", idPrefix);
                command.Parameters.AddWithValue("$before", olderThan.ToUnixTimeMilliseconds());
                try
                {
                    return await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException e)
                {
                    throw SqliteDatabase.Translate(e, idPrefix);
                }
            }, cancellationToken);
        }
        finally
        {
            StoreMetrics.RoundTrip(Store, "purge");
        }
    }

    private async Task<string> WriteAsync<T>(string id, T value, string sql, string? expected, CancellationToken ct)
    {
        var etag = SqliteDatabase.NewETag();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var body = JsonSerializer.Serialize(value, StoreJson.Options);
        try
        {
            return await database.WriteAsync(async (session, transaction) =>
            {
                var command = session.Command(sql, transaction);
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$etag", etag);
                command.Parameters.AddWithValue("$now", now);
                command.Parameters.AddWithValue("$body", body);
                if (expected is not null)
                {
                    command.Parameters.AddWithValue("$expected", expected);
                }
                try
                {
                    if (await command.ExecuteNonQueryAsync(ct) == 0)
                    {
                        throw new StoreConcurrencyException(id);
                    }
                    return etag;
                }
                catch (SqliteException e)
                {
                    throw SqliteDatabase.Translate(e, id);
                }
            }, ct);
        }
        finally
        {
            StoreMetrics.RoundTrip(Store, "write");
        }
    }

    /// <summary>Whether the row exists as the writer's transaction sees it (earlier writes of its batch included).</summary>
    private static async Task<bool> ExistsAsync(SqliteSession session, SqliteTransaction transaction, string id, CancellationToken ct)
    {
        var command = session.Command("SELECT 1 FROM conversations WHERE id = $id", transaction);
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(ct) is not null;
    }
}
