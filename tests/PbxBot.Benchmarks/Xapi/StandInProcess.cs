using PbxBot.Benchmarks.Turns;
using PbxBot.Pbx.Xapi.StandIn.Control;

namespace PbxBot.Benchmarks.Xapi;

/// <summary>
/// The XAPI stand-in the <c>xapi</c> benchmark's PBXes live on: the one at <c>XAPI_STANDIN_URL</c> when set (the test
/// servers'), otherwise its build beside this one (<c>artifacts/bin/PbxBot.Pbx.Xapi.StandIn/…</c>, 3CX's swagger found
/// above it) started as a process of its own on a free loopback port, stopped at the end. Never in this process: the
/// driver's work must not share a process with the PBX it measures calls to.
/// </summary>
public sealed class StandInProcess : IAsyncDisposable
{
    private readonly BotProcess? process;

    private StandInProcess(BotProcess? process, StandInControl control, string description)
    {
        this.process = process;
        Control = control;
        Description = description;
    }

    public StandInControl Control { get; }

    /// <summary>Which stand-in this is, for the report.</summary>
    public string Description { get; }

    public static async Task<StandInProcess> StartAsync(string folder, TextWriter progress, CancellationToken ct)
    {
        // Generating or reading back a PBX of 10,000 users takes a few seconds on a busy machine.
        var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var url = Environment.GetEnvironmentVariable(SharedStandIn.UrlVariable);
        if (!string.IsNullOrWhiteSpace(url))
        {
            progress.WriteLine($"XAPI stand-in: {url} ({SharedStandIn.UrlVariable})");
            return new StandInProcess(null, new StandInControl(http, new Uri(url)), $"{url} ({SharedStandIn.UrlVariable})");
        }
        var dll = BotProcess.BuiltBeside("PbxBot.Pbx.Xapi.StandIn", "PbxBot.Pbx.Xapi.StandIn.dll");
        var baseAddress = new Uri($"http://127.0.0.1:{BotProcess.FreePort()}/");
        progress.WriteLine($"Starting the XAPI stand-in {dll} on {baseAddress}…");
        try
        {
            var started = await BotProcess.StartAsync(dll, [$"--urls={baseAddress.AbsoluteUri.TrimEnd('/')}"], baseAddress, "_standin/pbxes", Path.Combine(folder, "xapi-standin.log"), ct);
            return new StandInProcess(started, new StandInControl(http, baseAddress), $"{baseAddress} (started by the benchmark, pid {started.ProcessId})");
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        if (process is not null)
        {
            await process.DisposeAsync();
        }
    }
}
