using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// The bot as it runs in production: its own build of PbxBot.Host (the configuration this benchmark was built
/// with, Release for figures) in a process of its own on 127.0.0.1, so its peak RSS (VmHWM) and CPU time are read
/// from <c>/proc/{pid}</c> alone. Its console output goes to a log file in its folder.
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
    public static string DefaultHostPath()
    {
        // This assembly is in artifacts/bin/<project>/<configuration>/ (UseArtifactsOutput).
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(own.Parent!.Parent!.FullName, "PbxBot.Host", own.Name, "PbxBot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The host's build is not at {path}: build bot/PbxBot.Host in the same configuration.", path);
    }

    /// <param name="hostPath">PbxBot.dll of the host's build.</param>
    /// <param name="folder">Where the log goes (and the mail pickup folder).</param>
    /// <param name="settings">Configuration given on the command line (<c>--Key=Value</c>).</param>
    public static async Task<BotProcess> StartAsync(string hostPath, string folder, IReadOnlyDictionary<string, string> settings, IEnumerable<string> extraArguments, CancellationToken ct)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(hostPath);
        start.ArgumentList.Add($"--urls={baseAddress.AbsoluteUri.TrimEnd('/')}");
        // Development: no app id is then allowed (authentication off, as with the Emulator); the playground stays off.
        start.ArgumentList.Add("--environment=Development");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        foreach (var argument in extraArguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var log = new StreamWriter(Path.Combine(folder, "host.log")) { AutoFlush = false };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process, log, baseAddress);
        process.OutputDataReceived += (_, e) => bot.Write(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitUntilHealthyAsync(ct);
        return bot;
    }

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

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before answering; see its log.");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "healthz"), ct);
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
                throw new TimeoutException("The host did not answer /healthz within 60 s.");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
