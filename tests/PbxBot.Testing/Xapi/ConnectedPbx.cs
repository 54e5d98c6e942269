using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Xunit;
using Microsoft.Extensions.DependencyInjection;
using PbxBot.Application.Sync;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;

namespace PbxBot.Testing.Xapi;

/// <summary>
/// The whole bot connected to a PBX of its own on the XAPI stand-in (the one CI starts, <c>XAPI_STANDIN_URL</c>, or one
/// in-process): the stand-in is seeded as the test PBX's 3CX — departments Support and Ventes beside 3CX's DEFAULT, users
/// 100–102, three DIDs — the bot imports it (a sync), and the test operators are granted access. Then tests act in Teams
/// and read the PBX: the exact XAPI calls it received and its final state.
/// </summary>
public sealed class ConnectedPbx : IAsyncDisposable
{
    public const string ClientSecret = "stand-in-client-secret-never-logged";

    private ConnectedPbx(StandInControl control, StandInPbx pbx, PbxBotUnderTest bot, Dictionary<string, string?> settings, bool useCosmos)
    {
        Control = control;
        Pbx = pbx;
        Bot = bot;
        Settings = settings;
        UseCosmos = useCosmos;
    }

    public StandInControl Control { get; }

    public StandInPbx Pbx { get; }

    public PbxBotUnderTest Bot { get; private set; }

    /// <summary>What the bot was started with (to restart it the same way).</summary>
    public Dictionary<string, string?> Settings { get; }

    public bool UseCosmos { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    /// <param name="options">The stand-in PBX's own settings (licence limit, token lifetime…); French and 3-digit by default.</param>
    /// <param name="settings">More bot settings, e.g. <c>Xapi:WelcomeEmail=PbxBot</c>.</param>
    public static async Task<ConnectedPbx> StartAsync(PbxOptions? options = null, IDictionary<string, string?>? settings = null, bool useCosmos = false,
        Func<StandInControl, StandInPbx, Task>? seed = null)
    {
        var control = await SharedStandIn.GetAsync();
        var ct = TestContext.Current.CancellationToken;
        var pbx = await control.CreatePbxAsync((options ?? new PbxOptions()) with
        {
            ClientSecret = options?.ClientSecret ?? ClientSecret,
            GlobalLanguage = options?.GlobalLanguage ?? "FR",
            ExtensionLength = options?.ExtensionLength ?? 3,
        }, ct);
        await (seed ?? SeedAsync)(control, pbx);
        var bot = new Dictionary<string, string?>
        {
            ["Xapi:Url"] = pbx.BaseUrl.AbsoluteUri.TrimEnd('/'),
            ["Xapi:ClientId"] = pbx.ClientId,
            ["Xapi:ClientSecret"] = pbx.ClientSecret,
            ["Xapi:PbxId"] = TestPbx.Id,
            ["Xapi:DisplayName"] = TestPbx.Name,
            ["Xapi:Country"] = "FR",
            ["Xapi:NumberFrom"] = "100",
            ["Xapi:NumberTo"] = "899",
            ["Xapi:RetryDelay"] = "00:00:00.020",
            ["PbxSync:OnStart"] = "false",
            ["PbxSync:Interval"] = "00:00:00",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            bot[k] = v;
        }
        var connected = new ConnectedPbx(control, pbx, null!, bot, useCosmos);
        connected.Bot = await connected.StartBotAsync(dataFolder: null);
        await TestPbx.SeedGrantsAsync(connected.Bot.Repository, ct);
        await connected.SyncAsync();
        await control.ClearCallsAsync(pbx, ct);
        return connected;
    }

    /// <summary>The test PBX's 3CX: Support and Ventes (3CX's DEFAULT is the default department), 100–102, three DIDs.</summary>
    public static async Task SeedAsync(StandInControl control, StandInPbx pbx)
    {
        static JsonObject User(string number, string first, string last, string? email, string group) => new()
        {
            ["Number"] = number,
            ["FirstName"] = first,
            ["LastName"] = last,
            ["EmailAddress"] = email,
            ["Groups"] = new JsonArray(new JsonObject { ["Name"] = group, ["Rights"] = new JsonObject { ["RoleName"] = "users" } }),
        };
        await control.SeedAsync(pbx, new SeedData
        {
            Groups = [new JsonObject { ["Name"] = "Support", ["Language"] = "fr" }, new JsonObject { ["Name"] = "Ventes", ["Language"] = "fr" }],
            DidNumbers = TestPbx.Dids.Select(d => new JsonObject { ["Number"] = d, ["TrunkId"] = 1 }).ToArray(),
            Users =
            [
                User("100", "Accueil", "Standard", null, "DEFAULT"),
                User("101", "Marie", "Curie", "marie.curie@dupont.example", "Support"),
                User("102", "Pierre", "Curie", "pierre.curie@dupont.example", "Ventes"),
            ],
        }, TestContext.Current.CancellationToken);
    }

    /// <summary>Runs the import now, as the schedule or « synchroniser » would.</summary>
    public Task<PbxSyncReport?> SyncAsync() => Bot.Services.GetRequiredService<PbxSync>().SyncAsync(TestPbx.Id, TestContext.Current.CancellationToken);

    /// <summary>Stops the bot and starts it again on the same store (pending changes must survive it).</summary>
    public async Task RestartAsync(Action? whileStopped = null)
    {
        var folder = Bot.DataFolder;
        await Bot.StopWithoutCleanupAsync();
        whileStopped?.Invoke();
        Bot = await StartBotAsync(folder);
    }

    public Task<IReadOnlyList<RecordedRequest>> CallsAsync() => Control.GetCallsAsync(Pbx, TestContext.Current.CancellationToken);

    /// <summary>The XAPI calls (not the token requests), as "METHOD path".</summary>
    public async Task<IReadOnlyList<string>> ApiCallsAsync() =>
        (await CallsAsync()).Where(c => c.Path.StartsWith("/xapi/", StringComparison.Ordinal)).Select(c => $"{c.Method} {c.Path}").ToArray();

    public Task<StandInState> StateAsync() => Control.GetStateAsync(Pbx, TestContext.Current.CancellationToken);

    private Task<PbxBotUnderTest> StartBotAsync(string? dataFolder) => PbxBotUnderTest.StartAsync(
        useCosmos: UseCosmos,
        settings: Settings,
        seed: false,
        dataFolder: dataFolder,
        configure: builder =>
        {
            builder.Logging.AddProvider(Logs);
            builder.Logging.AddFilter<RecordingLoggerProvider>(null, Microsoft.Extensions.Logging.LogLevel.Trace);
        });

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        try
        {
            await Control.DeletePbxAsync(Pbx, CancellationToken.None);
        }
        catch (HttpRequestException)
        {
            // The shared stand-in forgets its PBXes when it stops anyway.
        }
        Logs.Dispose();
    }
}
