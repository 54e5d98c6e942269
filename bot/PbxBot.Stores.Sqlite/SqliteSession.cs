using Microsoft.Data.Sqlite;

namespace PbxBot.Stores.Sqlite;

/// <summary>
/// A connection the store keeps open, with every statement it ran kept prepared, by its SQL. Microsoft.Data.Sqlite keeps
/// a statement prepared only as long as its <see cref="SqliteCommand"/>, and closing a pooled connection finalises
/// them: with a new command per call, SQLite parsed and planned each statement again, about a tenth of its CPU in a
/// turn (profile of 2026-12-04). One caller at a time: the writer's loop, or a reader taken from
/// <see cref="SqliteDatabase.ReadAsync{T}"/>.
/// </summary>
public sealed class SqliteSession : IDisposable
{
    /// <summary>The store's statements are a few dozen texts (their parameters vary, not their SQL); this only bounds a mistake.</summary>
    private const int MaxStatements = 256;

    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    internal SqliteSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    /// <summary>
    /// The command of <paramref name="sql"/>, its parameters cleared, in <paramref name="transaction"/> (null outside
    /// one). Not to be disposed: the session keeps it, prepared, for the next call.
    /// </summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            if (commands.Count >= MaxStatements)
            {
                DisposeCommands();
            }
            command = Connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        DisposeCommands();
        Connection.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
        commands.Clear();
    }
}
