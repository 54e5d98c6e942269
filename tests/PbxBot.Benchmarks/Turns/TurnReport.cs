using System.Globalization;
using System.Text;

namespace PbxBot.Benchmarks.Turns;

/// <summary>The figures of one run: throughput, latency percentiles, errors, and what each turn cost the host.</summary>
public sealed class TurnReport(
    TurnBenchmarkOptions options,
    TurnRecorder recorder,
    TimeSpan elapsed,
    TimeSpan hostCpu,
    long peakRssKb,
    CounterSnapshot before,
    CounterSnapshot after,
    long unexpectedConnectorCalls)
{
    public int Turns => recorder.MeasuredTurns;

    /// <summary>Welcome e-mails the outbox had written to the pickup folder by the end (one per extension, warm-up included).</summary>
    public int WelcomeEmailsWritten { get; init; }

    /// <summary>From "Confirmer" to the card updated to "applied on the PBX", in ms, sorted (those applied by the end).</summary>
    public double[] ConfirmToApplied { get; init; } = [];

    /// <summary>This process's CPU time while measuring (the operators and the Connector share the machine with the bot).</summary>
    public TimeSpan DriverCpu { get; init; }

    /// <summary>
    /// Wrong or missing replies, during the warm-up too, calls the Connector could not place, and extensions confirmed
    /// to the user but not in the store.
    /// </summary>
    public int Errors => recorder.Errors + recorder.WarmupErrors + (int)unexpectedConnectorCalls + Math.Abs(MissingExtensions);

    /// <summary>Extensions the bot said it created that the store's number plan does not hold (0 when all were saved).</summary>
    public int MissingExtensions { get; init; }

    public IReadOnlyList<string> FirstErrors => recorder.FirstErrors;

    public double TurnsPerSecond => Turns / elapsed.TotalSeconds;

    public double Percentile(double fraction) => TurnRecorder.Percentile(recorder.SortedLatencies(), fraction);

    public double PeakRssMiB => peakRssKb / 1024.0;

    public double CpuMsPerTurn => hostCpu.TotalMilliseconds / Math.Max(Turns, 1);

    public double RoundTripsPerTurn => after.Since(before, "pbxbot.store.round_trips") / Math.Max(Turns, 1);

    public double AllocatedKbPerTurn => after.Since(before, "dotnet.gc.heap.total_allocated") / 1024 / Math.Max(Turns, 1);

    public override string ToString()
    {
        var sorted = recorder.SortedLatencies();
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"PbxBot turns: {options.Store}, {options.Extensions:N0} extensions, {options.Conversations} conversations, {elapsed.TotalSeconds:0.0} s measured after {options.Warmup.TotalSeconds:0.#} s warm-up ({Environment.ProcessorCount} cores)");
        text.AppendLine(c, $"  turns            {Turns:N0} ({TurnsPerSecond:N0} turns/s)");
        text.AppendLine(c, $"  latency ms       p50 {P(sorted, 0.50)}  p95 {P(sorted, 0.95)}  p99 {P(sorted, 0.99)}  max {P(sorted, 1)}");
        foreach (var step in recorder.Steps)
        {
            var s = recorder.SortedLatencies(step);
            text.AppendLine(c, $"    {step,-12}   p50 {P(s, 0.50)}  p99 {P(s, 0.99)}  max {P(s, 1)}  ({s.Length:N0})");
        }
        text.AppendLine(c, $"  errors           {Errors} (measured {recorder.Errors}, warm-up {recorder.WarmupErrors} of {recorder.WarmupTurns:N0}, connector {unexpectedConnectorCalls}, extensions not in the store {MissingExtensions})");
        foreach (var error in recorder.FirstErrors)
        {
            text.AppendLine(c, $"    {error}");
        }
        var applied = ConfirmToApplied;
        text.AppendLine(c, $"  confirm→applied  p50 {P(applied, 0.50)}  p95 {P(applied, 0.95)}  p99 {P(applied, 0.99)}  max {P(applied, 1)} ms on the PBX ({applied.Length:N0} of {recorder.ConfirmedCount:N0} applied by the end)");
        text.AppendLine(c, $"  peak RSS         {PeakRssMiB:N0} MiB (VmHWM)");
        text.AppendLine(c, $"  host CPU         {CpuMsPerTurn:0.000} ms/turn ({hostCpu.TotalSeconds:0.0} s, {hostCpu / elapsed * 100:0}% of one core)");
        text.AppendLine(c, $"  driver CPU       {DriverCpu.TotalMilliseconds / Math.Max(Turns, 1):0.000} ms/turn (operators and Connector, this process)");
        var byOperation = after.SinceByTag(before, "pbxbot.store.round_trips").Where(o => o.Value > 0).OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => string.Create(c, $"{o.Key} {o.Value / Math.Max(Turns, 1):0.00}"));
        text.AppendLine(c, $"  store round trips {RoundTripsPerTurn:0.00}/turn ({string.Join(", ", byOperation)})");
        text.AppendLine(c, $"  allocated        {AllocatedKbPerTurn:N0} KB/turn");
        if (options.WelcomeEmails)
        {
            text.AppendLine(c, $"  welcome e-mails  {WelcomeEmailsWritten:N0} written by the outbox (extensions created: {recorder.Created:N0})");
        }
        var gcs = after.SinceByTag(before, "dotnet.gc.collections").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(c, $"{g.Key} {g.Value:0}"));
        text.AppendLine(c, $"  GC               {string.Join(", ", gcs)}; pause {after.Since(before, "dotnet.gc.pause.time") * 1000:0} ms in all");
        text.AppendLine(c, $"  JIT              {after.Since(before, "dotnet.jit.compiled_methods"):0} methods compiled ({after.Since(before, "dotnet.jit.compilation.time") * 1000:0} ms) while measuring");
        text.AppendLine(c, $"  lock contentions {after.Since(before, "dotnet.monitor.lock_contentions"):0}; thread pool: up to {after.Peak("dotnet.thread_pool.thread.count"):0} threads, queue up to {after.Peak("dotnet.thread_pool.queue.length"):0}");
        return text.ToString();
    }

    private static string P(double[] sorted, double fraction) => TurnRecorder.Percentile(sorted, fraction).ToString("0.0", CultureInfo.InvariantCulture);
}
