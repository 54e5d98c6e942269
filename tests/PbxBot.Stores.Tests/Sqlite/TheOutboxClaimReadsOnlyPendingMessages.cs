using PbxBot.Stores.Sqlite;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Sqlite;

/// <summary>
/// The outbox worker's claim goes through the partial index of pending messages, so that neither a long history of
/// delivered messages nor the other documents slow it down, and no other document's write has an outbox key to compute.
/// </summary>
public sealed class TheOutboxClaimReadsOnlyPendingMessages() : StoreContract(StoreKind.Sqlite)
{
    [Fact]
    public async Task TheClaimSearchesThePendingMessagesIndex()
    {
        var plan = await PlanOfAsync(await DatabaseAsync(), SqlitePbxStore.ClaimDue);

        // It walks the pending messages in dueAtMs order and stops at the batch: nothing else read, nothing sorted.
        Assert.Equal("SCAN documents USING INDEX ix_outbox_due", plan);
    }

    [Fact]
    public async Task AFileWithTheEarlierIndexesOfEveryDocumentLosesThem()
    {
        var store = (SqliteStoreUnderTest)await OpenStoreAsync();
        await store.Database.ReadAsync(session => session.Command("""
            CREATE INDEX ix_documents_due ON documents (kind, tag);
            CREATE INDEX ix_documents_outbox_due ON documents (kind, tag, json_extract(body, '$.dueAtMs'));
            """).ExecuteNonQueryAsync(Ct), Ct);
        store.Database.Dispose();

        using var reopened = SqliteStoreUnderTest.At(store.DatabasePath);
        await reopened.EnsureCreatedAsync(Ct);
        var indexes = await reopened.ReadAsync(async session =>
        {
            var found = new Dictionary<string, string>();
            await using var reader = await session.Command("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                found[reader.GetString(0)] = reader.GetString(1);
            }
            return found;
        }, Ct);

        Assert.DoesNotContain("ix_documents_due", indexes.Keys);
        Assert.DoesNotContain("ix_documents_outbox_due", indexes.Keys);
        Assert.EndsWith("WHERE kind = 'outbox' AND tag = 'due'", indexes["ix_outbox_due"]);
    }

    private async Task<SqliteDatabase> DatabaseAsync() => ((SqliteStoreUnderTest)await OpenStoreAsync()).Database;

    private static Task<string> PlanOfAsync(SqliteDatabase database, string sql) => database.ReadAsync(async session =>
    {
        var command = session.Command("EXPLAIN QUERY PLAN " + sql);
        foreach (var name in new[] { "$now", "$max" })
        {
            command.Parameters.AddWithValue(name, 0);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            lines.Add(reader.GetString(3));
        }
        return string.Join('\n', lines);
    }, Ct);
}
