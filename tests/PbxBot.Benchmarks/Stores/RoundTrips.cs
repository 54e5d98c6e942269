using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using PbxBot.Application.Stores;

namespace PbxBot.Benchmarks.Stores;

/// <summary>
/// Counts the store's round trips (<see cref="StoreMetrics"/>: one per Cosmos request, one per SQLite command) and
/// keeps, per benchmark case, the fewest and most one invocation needed, for <see cref="RoundTripsColumn"/>.
/// </summary>
public static class RoundTrips
{
    private static readonly ConcurrentDictionary<string, (long Min, long Max)> PerCase = new(StringComparer.Ordinal);
    private static readonly MeterListener Listener = Listen();
    private static long total;

    public static long Total
    {
        get
        {
            GC.KeepAlive(Listener);
            return Interlocked.Read(ref total);
        }
    }

    /// <summary>Runs one operation and records how many round trips it took under <paramref name="benchmarkCase"/>.</summary>
    public static async Task<T> MeasureAsync<T>(string benchmarkCase, Func<Task<T>> operation)
    {
        var before = Total;
        var result = await operation();
        var used = Total - before;
        PerCase.AddOrUpdate(benchmarkCase, (used, used), (_, r) => (Math.Min(r.Min, used), Math.Max(r.Max, used)));
        return result;
    }

    public static (long Min, long Max)? Of(string benchmarkCase) => PerCase.TryGetValue(benchmarkCase, out var r) ? r : null;

    public static string Key(string method, string store, int extensions) => $"{method}|{store}|{extensions}";

    /// <summary>Listens for the whole process: the benchmarks run in it (in-process toolchain).</summary>
    private static MeterListener Listen()
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == StoreMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref total, value));
        listener.Start();
        return listener;
    }
}
