using System.Net;
using PbxBot.Benchmarks.Stores;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// The bot as the benchmarks drive it: the Release host in its own process on a store the benchmark prepared, with its
/// embedded defaults (playground off, mail pickup folder in the run's folder), a lean Connector on loopback, and an
/// HTTP client for the operators' chats (<see cref="Chat"/>). Used by <c>turns</c> and <c>xapi</c>.
/// </summary>
public sealed class BenchmarkBot(BotProcess process, ReplyConnector connector, HttpClient http, string mailFolder) : IAsyncDisposable
{
    public BotProcess Process => process;

    public ReplyConnector Connector => connector;

    /// <summary>Where the host writes its welcome e-mails (when PbxBot sends them).</summary>
    public string MailFolder => mailFolder;

    /// <param name="settings">More configuration for the host (<c>Xapi:Url</c>…), after the store's and the benchmark defaults.</param>
    public static async Task<BenchmarkBot> StartAsync(BenchmarkStore store, string folder, IReadOnlyDictionary<string, string> settings,
        IEnumerable<string> hostArguments, string? hostPath, TextWriter progress, CancellationToken ct, IReadOnlyDictionary<string, string>? hostEnvironment = null)
    {
        hostPath ??= BotProcess.DefaultHostPath();
        var connector = await ReplyConnector.StartAsync(ct);
        var mailFolder = Path.Combine(folder, "mail");
        var all = new Dictionary<string, string>(store.HostSettings)
        {
            ["Playground:Enabled"] = "false",
            ["Playground:SampleData"] = "false",
            ["Mail:PickupDirectory"] = mailFolder,
            // Outside Development a host without an app id refuses to start unless told it may run anonymously.
            ["Bot:AllowAnonymous"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        progress.WriteLine($"Starting {hostPath}…");
        BotProcess process;
        try
        {
            process = await BotProcess.StartAsync(hostPath, folder, all, hostArguments, ct, hostEnvironment);
        }
        catch
        {
            await connector.DisposeAsync();
            throw;
        }
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, AutomaticDecompression = DecompressionMethods.None })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        return new BenchmarkBot(process, connector, http, mailFolder);
    }

    /// <summary>The personal chat of the benchmark's operator <paramref name="conversation"/> (<see cref="BenchmarkPbx.OperatorId"/>).</summary>
    public TeamsChat Chat(int conversation) =>
        new(http, new Uri(process.BaseAddress, "api/messages"), Connector, BenchmarkPbx.OperatorId(conversation), $"Admin {conversation}");

    /// <summary>Welcome e-mails the host wrote to its pickup folder so far.</summary>
    public int MailsWritten => Directory.Exists(MailFolder) ? Directory.EnumerateFiles(MailFolder).Count() : 0;

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await process.DisposeAsync();
        await connector.DisposeAsync();
    }

    /// <summary>
    /// Runs <paramref name="run"/> in a fresh temp folder (the host's log, its mail pickup folder), removed after a clean
    /// run and kept, with a line saying where, otherwise.
    /// </summary>
    public static async Task<T> InTempFolderAsync<T>(string prefix, Func<string, Task<T>> run, Func<T, bool> clean, TextWriter progress)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        var kept = true;
        try
        {
            var result = await run(folder);
            kept = !clean(result);
            return result;
        }
        finally
        {
            if (kept)
            {
                progress.WriteLine($"The host's log is kept in {folder}.");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
