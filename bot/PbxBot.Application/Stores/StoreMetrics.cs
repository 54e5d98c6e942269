using System.Diagnostics.Metrics;

namespace PbxBot.Application.Stores;

/// <summary>Counts store round trips (one per request to Cosmos, one per SQLite command), so benchmarks can show they do not grow with a PBX's size.</summary>
public static class StoreMetrics
{
    public const string MeterName = "PbxBot.Stores";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> RoundTrips = Meter.CreateCounter<long>("pbxbot.store.round_trips", description: "Requests sent to the store");

    public static void RoundTrip(string store, string operation) =>
        RoundTrips.Add(1, new KeyValuePair<string, object?>("store", store), new KeyValuePair<string, object?>("operation", operation));
}
