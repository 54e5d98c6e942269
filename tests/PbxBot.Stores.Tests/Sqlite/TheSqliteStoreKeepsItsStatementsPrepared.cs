using Microsoft.Data.Sqlite;
using PbxBot.Application.Stores;
using PbxBot.Stores.Sqlite;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Sqlite;

/// <summary>
/// The embedded store keeps its connections open and each statement prepared for the next call (SQLite parsing every
/// statement again was a tenth of its CPU in a turn), without a call ever inheriting another's parameters or a
/// connection that a failure left in an unknown state.
/// </summary>
public sealed class TheSqliteStoreKeepsItsStatementsPrepared() : StoreContract(StoreKind.Sqlite)
{
    [Fact]
    public async Task TheNextReadOfTheSameSqlRunsTheSameCommand()
    {
        var database = await DatabaseAsync();
        var first = await database.ReadAsync(session => Task.FromResult(session.Command("SELECT $x")), Ct);
        var second = await database.ReadAsync(session => Task.FromResult(session.Command("SELECT $x")), Ct);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task ACommandComesBackWithoutTheLastCallsParameters()
    {
        var database = await DatabaseAsync();
        var answer = await database.ReadAsync(async session =>
        {
            var command = session.Command("SELECT $x");
            command.Parameters.AddWithValue("$x", 42);
            return await command.ExecuteScalarAsync(Ct);
        }, Ct);

        var parameters = await database.ReadAsync(session => Task.FromResult(session.Command("SELECT $x").Parameters.Count), Ct);

        Assert.Equal(42L, answer);
        Assert.Equal(0, parameters);
    }

    [Fact]
    public async Task AConnectionIsNotReusedAfterAFailedRead()
    {
        var database = await DatabaseAsync();
        var failed = default(SqliteCommand);
        await Assert.ThrowsAsync<SqliteException>(() => database.ReadAsync<object?>(session =>
        {
            failed = session.Command("SELECT * FROM no_such_table");
            return session.Command("SELECT * FROM no_such_table").ExecuteScalarAsync(Ct);
        }, Ct));

        var next = await database.ReadAsync(session => Task.FromResult(session.Command("SELECT * FROM no_such_table")), Ct);

        Assert.NotSame(failed, next);
    }

    [Fact]
    public async Task IdsOfAnyCharactersAreReadInOneStatement()
    {
        var store = (await OpenStoreAsync()).Pbx;
        string[] ids = ["department|accueil-été", "department|o'brien \"quoted\"", "department|日本", "department|a,b)"];
        await store.CommitAsync("pbx-1", [.. ids.Select(id => new Change.Create(new PbxDocument(id, DocumentKinds.Department, new Named(id))))], Ct);

        var found = await store.GetManyAsync<Named>("pbx-1", [.. ids, "department|absent"], Ct);

        Assert.Equal(ids.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.Equal(id, found[id].Value.Name));
    }

    private async Task<SqliteDatabase> DatabaseAsync() => ((SqliteStoreUnderTest)await OpenStoreAsync()).Database;

    private sealed record Named(string Name);
}
