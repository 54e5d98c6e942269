using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Stores;
using PbxBot.Host;
using PbxBot.Stores.Cosmos;
using PbxBot.Testing.Channel;
using PbxBot.Testing.Stores;

namespace PbxBot.Testing.Conversations;

/// <summary>
/// The whole bot — the same application Program.cs runs — on a loopback port, with a fake Teams Connector that
/// records what it sends, a fresh SQLite store (or Cosmos DB, when asked and available) in a temp folder, and the
/// test PBX seeded. Tests talk to it as Teams users do: <see cref="User"/>.
/// </summary>
public sealed class PbxBotUnderTest : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private CosmosOptions? cosmosDatabase;
    private bool ownsFolder = true;
    private bool stopped;

    private PbxBotUnderTest(WebApplication app, FakeConnector connector, Uri baseAddress, string folder)
    {
        this.app = app;
        Connector = connector;
        BaseAddress = baseAddress;
        this.folder = folder;
    }

    public FakeConnector Connector { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public PbxRepository Repository => Services.GetRequiredService<PbxRepository>();

    public IPbxStore Store => Services.GetRequiredService<IPbxStore>();

    /// <summary>The folder of the SQLite store and the mail pickup: give it to <see cref="StartAsync"/> to restart on the same data.</summary>
    public string DataFolder => folder;

    /// <summary>The SQLite file of the store (when not on Cosmos).</summary>
    public string SqlitePath => Path.Combine(folder, "pbxbot.db");

    /// <summary>Where welcome e-mails land as .eml files (no SMTP configured).</summary>
    public string PickupDirectory => Path.Combine(folder, "mail");

    /// <param name="useCosmos">Run on the Cosmos DB stand-in (COSMOS_ENDPOINT) instead of SQLite.</param>
    /// <param name="settings">Extra configuration (e.g. <c>Access:BootstrapOwners:0</c>).</param>
    /// <param name="environment">The host environment; Production by default, as deployed.</param>
    /// <param name="dataFolder">The data folder of a bot started before (its SQLite store): a restart. It is then left in place.</param>
    public static async Task<PbxBotUnderTest> StartAsync(bool useCosmos = false, IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null, bool seed = true, string environment = "Production", string? dataFolder = null)
    {
        // Skips (or fails in CI) before anything is started when the Cosmos stand-in is asked for but absent.
        var cosmosEndpoint = useCosmos ? Requires.Env("COSMOS_ENDPOINT", Requires.TestServersHint) : null;
        var connector = await FakeConnector.StartAsync();
        var folder = dataFolder ?? Directory.CreateTempSubdirectory("pbxbot-conv-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["Sqlite:Path"] = Path.Combine(folder, "pbxbot.db"),
            ["Mail:PickupDirectory"] = Path.Combine(folder, "mail"),
            // The harness runs in Production, where a bot without an identity refuses to start unless told to run anonymously.
            ["Bot:AllowAnonymous"] = "true",
            // Where a bot given an identity gets its Connector token (unused while authentication is off).
            ["Bot:TokenEndpoint"] = connector.TokenEndpoint,
            ["Playground:Enabled"] = "false",
            ["Playground:SampleData"] = "false",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Outbox:BaseDelay"] = "00:00:00.200",
            ["Outbox:MaxDelay"] = "00:00:01",
        };
        CosmosOptions? cosmosDatabase = null;
        if (useCosmos)
        {
            var cosmos = await CosmosTestDatabases.CreateUsableAsync(new CosmosOptions
            {
                Endpoint = cosmosEndpoint,
                Key = Environment.GetEnvironmentVariable("COSMOS_KEY"),
                AcceptAnyServerCertificate = string.Equals(Environment.GetEnvironmentVariable("COSMOS_ACCEPT_ANY_CERT"), "true", StringComparison.OrdinalIgnoreCase),
            }, "conv-", CancellationToken.None);
            config["Cosmos:Endpoint"] = cosmos.Endpoint;
            config["Cosmos:Key"] = cosmos.Key;
            config["Cosmos:AcceptAnyServerCertificate"] = cosmos.AcceptAnyServerCertificate ? "true" : "false";
            config["Cosmos:Database"] = cosmos.Database;
            cosmosDatabase = cosmos;
        }
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            config[k] = v;
        }
        // As command-line settings, not in `configure`: the store and the mail sender are chosen from the
        // configuration while the app is composed, before `configure` runs.
        string[] args = ["--urls=http://127.0.0.1:0", $"--environment={environment}", .. config.Where(c => c.Value is not null).Select(c => $"--{c.Key}={c.Value}")];
        var app = PbxBotApp.Build(args, builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            builder.Logging.ClearProviders();
            builder.Logging.AddFilter(_ => false);
            configure?.Invoke(builder);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await connector.DisposeAsync();
            if (cosmosDatabase is not null)
            {
                await CosmosTestDatabases.DropAsync(cosmosDatabase);
            }
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var bot = new PbxBotUnderTest(app, connector, new Uri(address.TrimEnd('/') + "/"), folder) { cosmosDatabase = cosmosDatabase, ownsFolder = dataFolder is null };
        if (seed)
        {
            await TestPbx.SeedAsync(bot.Repository, CancellationToken.None);
        }
        return bot;
    }

    /// <summary>A Teams user in their personal chat with the bot (Action.Execute cards, as in Teams).</summary>
    public ChatUser User((string Id, string Name) who, string locale = "fr-FR") => new(this, who.Id, who.Name, locale, "msteams", $"a:personal-{who.Id}", "personal");

    /// <summary>The same user in Web Chat or the Emulator (Action.Submit cards, message updates).</summary>
    public ChatUser WebChatUser((string Id, string Name) who, string locale = "fr-FR") => new(this, who.Id, who.Name, locale, "webchat", $"webchat-{who.Id}", "personal");

    /// <summary>The user writing in a Teams team channel (mentioning the bot).</summary>
    public ChatUser InChannel((string Id, string Name) who, string channelConversationId, string locale = "fr-FR") =>
        new(this, who.Id, who.Name, locale, "msteams", channelConversationId, "channel");

    /// <summary>The user writing in a Teams group chat with the bot (mentioning it).</summary>
    public ChatUser InGroupChat((string Id, string Name) who, string groupChatId, string locale = "fr-FR") =>
        new(this, who.Id, who.Name, locale, "msteams", groupChatId, "groupChat");

    internal async Task<(int Status, string Body)> PostAsync(JsonObject activity) => await PostAsync(activity, authorization: null);

    /// <summary>POSTs an activity to <c>/api/messages</c> with this <c>Authorization</c> header (none when null).</summary>
    public async Task<(int Status, string Body)> PostAsync(JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, "api/messages"))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Stops the bot as a crash or a deployment would, leaving its data folder for a restart (<see cref="DataFolder"/>).</summary>
    public async Task StopWithoutCleanupAsync()
    {
        ownsFolder = false;
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Connector.DisposeAsync();
        stopped = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (stopped)
        {
            return;
        }
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Connector.DisposeAsync();
        if (cosmosDatabase is not null)
        {
            await CosmosTestDatabases.DropAsync(cosmosDatabase);
        }
        try
        {
            if (ownsFolder)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // SQLite may still hold the file on some platforms; the temp folder is the OS's to clean.
        }
    }

    internal static JsonObject? Json(string body) => string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body) as JsonObject;
}
