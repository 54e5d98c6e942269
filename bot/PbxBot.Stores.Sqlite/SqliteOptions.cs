namespace PbxBot.Stores.Sqlite;

/// <summary>Configuration section <c>Sqlite</c>: the embedded default store.</summary>
public sealed class SqliteOptions
{
    public const string Section = "Sqlite";

    /// <summary>The database file; its folder is created on first run.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "pbxbot.db");

    /// <summary>How long a write waits for another writer before the store is reported unavailable.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
