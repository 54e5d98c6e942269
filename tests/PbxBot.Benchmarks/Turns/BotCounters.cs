using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using PbxBot.Application.Stores;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// The host's own metrics, read over EventPipe the way <c>dotnet-counters</c> reads them: the store's round trips
/// (<see cref="StoreMetrics"/>, by operation) and the runtime's (allocated bytes, GC collections and pause time, lock
/// contentions, thread-pool threads and queue). Counters are summed from their per-interval increments, so the
/// difference of two <see cref="Snapshot"/>s taken while the bot is idle is exact.
/// </summary>
public sealed class BotCounters : IAsyncDisposable
{
    private const string RuntimeMeter = "System.Runtime";
    private readonly EventPipeSession session;
    private readonly Task processing;
    private readonly Lock gate = new();
    private readonly Dictionary<string, double> totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> peaks = new(StringComparer.Ordinal);
    private int intervals;

    private BotCounters(EventPipeSession session)
    {
        this.session = session;
        var source = new EventPipeEventSource(session.EventStream);
        source.Dynamic.All += OnEvent;
        processing = Task.Run(source.Process);
    }

    public static BotCounters Start(int processId)
    {
        var sessionId = Guid.NewGuid().ToString("N");
        var provider = new EventPipeProvider("System.Diagnostics.Metrics", EventLevel.Informational, 0x3, new Dictionary<string, string>
        {
            ["SessionId"] = sessionId,
            ["Metrics"] = $"{StoreMetrics.MeterName};{RuntimeMeter}",
            ["RefreshInterval"] = "0.25",
            ["MaxTimeSeries"] = "1000",
            ["MaxHistograms"] = "20",
            ["ClientId"] = sessionId,
        });
        var client = new DiagnosticsClient(processId);
        return new BotCounters(client.StartEventPipeSession([provider], requestRundown: false));
    }

    /// <summary>Counters' totals so far and gauges' peaks since the last snapshot (which resets them).</summary>
    public CounterSnapshot Snapshot()
    {
        lock (gate)
        {
            var snapshot = new CounterSnapshot(new Dictionary<string, double>(totals, StringComparer.Ordinal), new Dictionary<string, double>(peaks, StringComparer.Ordinal), intervals);
            peaks.Clear();
            return snapshot;
        }
    }

    /// <summary>Waits until the host has published <paramref name="count"/> more intervals (so what happened before is counted).</summary>
    public async Task WaitForIntervalsAsync(int count, CancellationToken ct)
    {
        int target;
        lock (gate)
        {
            target = intervals + count;
        }
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            lock (gate)
            {
                if (intervals >= target)
                {
                    return;
                }
            }
            await Task.Delay(50, ct);
        }
        throw new TimeoutException("The host published no metrics for 30 s.");
    }

    private void OnEvent(TraceEvent e)
    {
        switch (e.EventName)
        {
            case "CounterRateValuePublished" or "UpDownCounterRateValuePublished":
                // "rate" is the increment over the interval; "value" the current value (thread count, queue length).
                Add(e, "rate", (name, value) => totals[name] = totals.GetValueOrDefault(name) + value);
                Add(e, "value", Peak);
                break;
            case "GaugeValuePublished":
                Add(e, "lastValue", Peak);
                break;
            case "Collection/Stop":
                lock (gate)
                {
                    intervals++;
                }
                break;
        }
    }

    private void Peak(string name, double value) => peaks[name] = Math.Max(peaks.GetValueOrDefault(name, double.MinValue), value);

    private void Add(TraceEvent e, string field, Action<string, double> apply)
    {
        if (e.PayloadByName(field) is not string text || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return;
        }
        var name = $"{e.PayloadByName("instrumentName")}{Tags(e.PayloadByName("tags") as string)}";
        lock (gate)
        {
            apply(name, value);
        }
    }

    /// <summary>Only the tags that tell series apart in the report: the store operation, the GC generation.</summary>
    private static string Tags(string? tags)
    {
        if (string.IsNullOrEmpty(tags))
        {
            return "";
        }
        var kept = tags.Split(',').Where(t => t.StartsWith("operation=", StringComparison.Ordinal) || t.StartsWith("gc.heap.generation=", StringComparison.Ordinal));
        return string.Concat(kept.Select(t => "|" + t[(t.IndexOf('=') + 1)..]));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await session.StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is ServerNotAvailableException or IOException or TimeoutException)
        {
            // The host is already gone.
        }
        await processing.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        session.Dispose();
    }
}

/// <summary>Totals of the host's counters (by instrument, with the operation or generation after '|') and gauge peaks.</summary>
public sealed record CounterSnapshot(IReadOnlyDictionary<string, double> Totals, IReadOnlyDictionary<string, double> Peaks, int Intervals)
{
    /// <summary>What the counters whose name starts with <paramref name="instrument"/> grew by since <paramref name="before"/>.</summary>
    public double Since(CounterSnapshot before, string instrument) =>
        Totals.Where(t => t.Key == instrument || t.Key.StartsWith(instrument + "|", StringComparison.Ordinal)).Sum(t => t.Value - before.Totals.GetValueOrDefault(t.Key));

    /// <summary>The growth since <paramref name="before"/> of each series of <paramref name="instrument"/>, by its tag.</summary>
    public IReadOnlyDictionary<string, double> SinceByTag(CounterSnapshot before, string instrument) =>
        Totals.Where(t => t.Key.StartsWith(instrument + "|", StringComparison.Ordinal))
            .ToDictionary(t => t.Key[(instrument.Length + 1)..], t => t.Value - before.Totals.GetValueOrDefault(t.Key), StringComparer.Ordinal);

    public double Peak(string instrument) => Peaks.Where(p => p.Key == instrument || p.Key.StartsWith(instrument + "|", StringComparison.Ordinal)).Select(p => p.Value).DefaultIfEmpty(double.NaN).Max();
}
