using System.Diagnostics;
using PbxBot.Benchmarks.Stores;
using PbxBot.Domain;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// The end-to-end turn benchmark: what a user feels, from the channel's POST to the reply at the Connector. Seeds a
/// PBX, starts the host out of process with its embedded defaults (or on Cosmos DB), starts a Connector, and has N
/// operators in N personal chats play <see cref="WizardRound"/> over and over with numbers of their own — a warm-up,
/// then the measured phase.
/// </summary>
public static class TurnBenchmark
{
    /// <summary>Runs the benchmark in a temp folder (the host's log, its mail pickup folder), removed after a clean run.</summary>
    public static Task<TurnReport> RunAsync(TurnBenchmarkOptions options, TextWriter progress, CancellationToken ct) =>
        BenchmarkBot.InTempFolderAsync("pbxbot-turns-", folder => RunInAsync(folder, options, progress, ct), report => report.Errors == 0, progress);

    private static async Task<TurnReport> RunInAsync(string folder, TurnBenchmarkOptions options, TextWriter progress, CancellationToken ct)
    {
        progress.WriteLine($"Seeding a PBX of {options.Extensions:N0} extensions and {options.Conversations} admins on {options.Store}…");
        await using var store = await BenchmarkPbx.CreateAsync(options.Store == "cosmos" ? BenchmarkStore.Cosmos : BenchmarkStore.Sqlite, options.Extensions, options.Conversations, ct);
        await using var host = await BenchmarkBot.StartAsync(store, folder, new Dictionary<string, string>(), options.HostArguments, options.HostPath, progress, ct, options.HostEnvironment);
        var bot = host.Process;
        await using var counters = BotCounters.Start(bot.ProcessId);
        var recorder = new TurnRecorder();
        var gate = new RoundGate(options.Conversations);
        var numbers = new NumberAllocator(BenchmarkPbx.FirstNew, BenchmarkPbx.LastNew, BenchmarkStore.Settings.Country);
        var conversations = Enumerable.Range(0, options.Conversations)
            .Select(i => Task.Run(() => ConverseAsync(host.Chat(i), recorder, gate, numbers, options.WelcomeEmails), ct))
            .ToArray();

        progress.WriteLine($"Warm-up: {options.Warmup.TotalSeconds:0.#} s with {options.Conversations} conversations…");
        gate.Open();
        await Task.Delay(options.Warmup, ct);
        await gate.CloseAsync();
        await counters.WaitForIntervalsAsync(2, ct);
        var before = counters.Snapshot();
        var cpuBefore = bot.CpuTime();
        var driverBefore = Process.GetCurrentProcess().TotalProcessorTime;

        progress.WriteLine($"Measuring: {(options.MaxTurns > 0 ? $"{options.MaxTurns} turns" : $"{options.Duration.TotalSeconds:0.#} s")}…");
        recorder.Measuring = true;
        var clock = Stopwatch.StartNew();
        gate.Open();
        while (options.MaxTurns > 0 ? recorder.MeasuredTurns < options.MaxTurns && clock.Elapsed < options.Duration * 10 : clock.Elapsed < options.Duration)
        {
            await Task.Delay(options.MaxTurns > 0 ? 20 : 100, ct);
            if (bot.HasExited)
            {
                throw new InvalidOperationException("The host exited during the run; see its log.");
            }
        }
        await gate.CloseAsync();
        var elapsed = clock.Elapsed;
        recorder.Measuring = false;
        var cpuAfter = bot.CpuTime();
        var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - driverBefore;
        await counters.WaitForIntervalsAsync(2, ct);
        var after = counters.Snapshot();
        var peakRssKb = bot.StatusKb("VmHWM");
        gate.Finish();
        await Task.WhenAll(conversations);

        // Every confirmed extension must be in the store: the number plan counts the seeded ones and those created.
        var stored = (await store.Repository.GetUsedNumbersAsync(BenchmarkStore.PbxId, ct)).Value.Count;
        var missing = options.Extensions + recorder.Created - stored;
        return new TurnReport(options, recorder, elapsed, cpuAfter - cpuBefore, peakRssKb, before, after, host.Connector.Unexpected)
        {
            WelcomeEmailsWritten = host.MailsWritten, DriverCpu = driverCpu, MissingExtensions = missing, ConfirmToApplied = recorder.ConfirmToApplied(host.Connector.AppliedAt),
        };
    }

    /// <summary>One operator playing <see cref="WizardRound"/> while the gate lets it and <paramref name="numbers"/> lasts.</summary>
    internal static async Task ConverseAsync(TeamsChat chat, TurnRecorder recorder, RoundGate gate, NumberAllocator numbers, bool welcomeEmails)
    {
        var round = new WizardRound(chat, recorder, welcomeEmails);
        try
        {
            // Until the run is over, or the dial plan is used up.
            while (await gate.PassAsync() && numbers.Next() is { } number)
            {
                await round.PlayAsync(number);
            }
        }
        finally
        {
            // A conversation that stopped early must not hold up the pauses of the others.
            gate.Leave();
        }
    }
}
