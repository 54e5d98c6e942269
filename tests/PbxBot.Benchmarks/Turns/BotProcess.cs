using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// The bot as it runs in production: its own build of PbxBot.Host (the configuration this benchmark was built
/// with, Release for figures) in a process of its own on 127.0.0.1, so its peak RSS (VmHWM) and CPU time are read
/// from <c>/proc/{pid}</c> alone. Its console output goes to a log file in its folder. The <c>xapi</c> benchmark
/// starts the XAPI stand-in the same way.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private bool logClosed;

    private BotProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => process.Id;

    /// <summary>The PbxBot.Host build beside this one: <c>artifacts/bin/PbxBot.Host/{configuration}/PbxBot.dll</c>.</summary>
    public static string DefaultHostPath() => BuiltBeside("PbxBot.Host", "PbxBot.dll");

    /// <summary>The build of <paramref name="project"/> beside this one: <c>artifacts/bin/{project}/{configuration}/{dll}</c>.</summary>
    public static string BuiltBeside(string project, string dll)
    {
        // This assembly is in artifacts/bin/<project>/<configuration>/ (UseArtifactsOutput).
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(own.Parent!.Parent!.FullName, project, own.Name, dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"The build of {project} is not at {path}: build it in the same configuration.", path);
    }

    /// <param name="hostPath">PbxBot.dll of the host's build.</param>
    /// <param name="folder">Where the log goes (and the mail pickup folder).</param>
    /// <param name="settings">Configuration given on the command line (<c>--Key=Value</c>).</param>
    /// <param name="environment">Variables for the host's process alone (the runtime's knobs: <c>DOTNET_TieredPGO=0</c>…).</param>
    public static Task<BotProcess> StartAsync(string hostPath, string folder, IReadOnlyDictionary<string, string> settings, IEnumerable<string> extraArguments,
        CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        // Development: no app id is then allowed (authentication off, as with the Emulator); the playground stays off.
        List<string> arguments = [$"--urls={baseAddress.AbsoluteUri.TrimEnd('/')}", "--environment=Development", .. settings.Select(s => $"--{s.Key}={s.Value}"), .. extraArguments];
        return StartAsync(hostPath, arguments, baseAddress, "healthz", Path.Combine(folder, "host.log"), ct, environment);
    }

    /// <summary>
    /// Any web app's build (<c>dotnet exec</c>) — the host, or the XAPI stand-in for <c>xapi</c> — ready once
    /// <paramref name="readyPath"/> under <paramref name="baseAddress"/> answers 2xx; its console output goes to <paramref name="logPath"/>.
    /// </summary>
    public static async Task<BotProcess> StartAsync(string dllPath, IEnumerable<string> arguments, Uri baseAddress, string readyPath, string logPath,
        CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var log = new StreamWriter(logPath) { AutoFlush = false };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process, log, baseAddress);
        process.OutputDataReceived += (_, e) => bot.Write(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilReadyAsync(readyPath, ct);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
        return bot;
    }

    /// <summary>Starts the peak resident set (VmHWM) again from the current one (<c>/proc/{pid}/clear_refs</c>, 5): the peak of what follows.</summary>
    public void ResetPeakRss() => File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");

    /// <summary>User + system CPU time the process has used so far (<c>/proc/{pid}/stat</c>, fields 14 and 15).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    /// <summary>A line of <c>/proc/{pid}/status</c> in kB, e.g. VmHWM (peak resident set) or VmRSS.</summary>
    public long StatusKb(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        throw new InvalidOperationException($"No {field} in /proc/{process.Id}/status.");
    }

    public bool HasExited => process.HasExited;

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        lock (log)
        {
            logClosed = true;
            log.Dispose();
        }
    }

    /// <summary>Linux's USER_HZ: 100 on every common kernel configuration.</summary>
    private const int ClockTicksPerSecond = 100;

    private async Task WaitUntilReadyAsync(string readyPath, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(process.StartInfo.ArgumentList[1])} exited with code {process.ExitCode} before answering; see its log.");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, readyPath), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Starting slowly on a busy machine.
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{Path.GetFileName(process.StartInfo.ArgumentList[1])} did not answer /{readyPath} within 60 s.");
            }
            await Task.Delay(100, ct);
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            if (!logClosed)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
