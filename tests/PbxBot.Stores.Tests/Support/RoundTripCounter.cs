using System.Diagnostics.Metrics;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Tests.Support;

/// <summary>
/// Counts store round trips (<see cref="StoreMetrics"/>) while it lives. The meter is process-wide, so the tests
/// using it run in <see cref="RoundTripCollection"/>, alone.
/// </summary>
public sealed class RoundTripCounter : IDisposable
{
    private readonly MeterListener listener = new();
    private long count;

    public RoundTripCounter()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StoreMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref count, value));
        listener.Start();
    }

    /// <summary>The round trips <paramref name="operation"/> took.</summary>
    public async Task<long> CountAsync(Func<Task> operation)
    {
        var before = Interlocked.Read(ref count);
        await operation();
        return Interlocked.Read(ref count) - before;
    }

    public void Dispose() => listener.Dispose();
}

/// <summary>Tests that count round trips run alone: no other test's store requests in their count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RoundTripCollection
{
    public const string Name = "Round trips";
}
