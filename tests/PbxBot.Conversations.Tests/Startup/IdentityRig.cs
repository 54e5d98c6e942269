using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Startup;

/// <summary>
/// What the start-up tests need around a whole bot: a Bot Framework OpenID authority with a test key (so that a valid
/// token can prove the 401s are about the token, not the setup), a log recorder, and a fingerprint of the SQLite store.
/// </summary>
public sealed class IdentityRig : IAsyncDisposable
{
    public const string AppId = "6d2a41f0-0000-4000-8000-00000000a11d";
    public const string OtherAppId = "6d2a41f0-0000-4000-8000-00000000b22e";
    public const string Password = "rig-secret-password-never-logged";
    public const string TenantId = "a7c1e5d2-0000-4000-8000-00000000aaaa";

    private IdentityRig(TestSigningKey key, OpenIdMetadataServer authority)
    {
        Key = key;
        Authority = authority;
    }

    public TestSigningKey Key { get; }

    public OpenIdMetadataServer Authority { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    public static async Task<IdentityRig> StartAsync()
    {
        var key = TestSigningKey.Create("msteams", "emulator", "webchat");
        return new IdentityRig(key, await OpenIdMetadataServer.StartAsync(key));
    }

    /// <summary>Starts the whole bot with <paramref name="identity"/> (root and/or <c>Bot:</c> keys) pointed at this rig's authority.</summary>
    public Task<PbxBotUnderTest> StartBotAsync(Dictionary<string, string?> identity, string environment = "Production")
    {
        var settings = new Dictionary<string, string?>(identity)
        {
            ["Bot:AllowAnonymous"] = identity.GetValueOrDefault("Bot:AllowAnonymous"),
            ["Bot:ChannelOpenIdMetadataUrl"] = Authority.MetadataUrl,
            ["Bot:EntraOpenIdMetadataUrl"] = Authority.MetadataUrl,
            ["Bot:ConnectorRetryDelay"] = "00:00:00.010",
        };
        return PbxBotUnderTest.StartAsync(settings: settings, environment: environment, configure: RecordLogs);
    }

    private void RecordLogs(WebApplicationBuilder builder)
    {
        builder.Logging.AddProvider(Logs);
        builder.Logging.AddFilter<RecordingLoggerProvider>(null, LogLevel.Information);
    }

    public string ValidToken(PbxBotUnderTest bot, string appId = AppId) =>
        "Bearer " + TokenForge.Sign(TokenForge.Channel(appId, bot.Connector.ServiceUrl), Key);

    /// <summary>Well-formed and claiming everything right, but signed by a key the authority never published.</summary>
    public static string ForgedToken(PbxBotUnderTest bot)
    {
        using var stranger = TestSigningKey.Create("msteams");
        return "Bearer " + TokenForge.Sign(TokenForge.Channel(AppId, bot.Connector.ServiceUrl), stranger);
    }

    /// <summary><c>alg: none</c>.</summary>
    public static string UnsignedToken(PbxBotUnderTest bot) => "Bearer " + TokenForge.Unsigned(TokenForge.Channel(AppId, bot.Connector.ServiceUrl));

    /// <summary>Every row of every table of the bot's SQLite store: equal before and after means nothing was written.</summary>
    public static async Task<string> StoreFingerprintAsync(PbxBotUnderTest bot)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = bot.SqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var fingerprint = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await rows.ExecuteReaderAsync();
            fingerprint.Append(table).Append(':');
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    fingerprint.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
                fingerprint.Append('\n');
            }
        }
        return fingerprint.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await Authority.DisposeAsync();
        Key.Dispose();
        Logs.Dispose();
    }
}
