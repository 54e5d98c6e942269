using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PbxBot.Benchmarks.Stores;

/// <summary>The store round trips of one invocation ("2", or "2-3" when they varied), read from <see cref="RoundTrips"/>.</summary>
public sealed class RoundTripsColumn : IColumn
{
    public string Id => nameof(RoundTripsColumn);

    public string ColumnName => "Round trips";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Store requests per invocation (Cosmos HTTP requests incl. retries, SQLite commands)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var store = (string)benchmarkCase.Parameters[nameof(StoreBenchmarks.Store)];
        var extensions = (int)benchmarkCase.Parameters[nameof(StoreBenchmarks.Extensions)];
        return RoundTrips.Of(RoundTrips.Key(benchmarkCase.Descriptor.WorkloadMethod.Name, store, extensions)) switch
        {
            null => "?",
            var (min, max) when min == max => min.ToString(System.Globalization.CultureInfo.InvariantCulture),
            var (min, max) => $"{min}-{max}",
        };
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
