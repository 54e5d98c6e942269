using System.Globalization;
using PbxBot.Domain;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// Hands every wizard round a number of its own, in increasing order, skipping the country's blocked numbers: the
/// PBX's used numbers then stay a few compact intervals, as they would with operators taking the next free number,
/// so the number plan document does not grow with the run. With <paramref name="count"/>, it hands out that many at most.
/// </summary>
public sealed class NumberAllocator(int first, int last, string country, int count = int.MaxValue)
{
    private readonly BlockedRanges blocked = BlockedNumbers.Embedded.Ranges(country, last.ToString(CultureInfo.InvariantCulture).Length);
    private readonly Lock gate = new();
    private int next = first;
    private int given;

    /// <summary>The next unused number, or null when the dial plan is exhausted.</summary>
    public string? Next()
    {
        lock (gate)
        {
            while (next <= last && blocked.Intervals.Any(r => r.Contains(next)))
            {
                next++;
            }
            if (next > last || given == count)
            {
                return null;
            }
            given++;
            return (next++).ToString(CultureInfo.InvariantCulture);
        }
    }
}
