namespace PbxBot.Domain;

/// <summary>
/// Blocked numbers turned into the extension numbers they forbid for one extension length, as sorted,
/// disjoint intervals: with 3 digits, the SAMU's 15 forbids 150–159 and 116000 forbids 116. Lets the first
/// free number jump over a whole blocked block instead of testing numbers one by one.
/// </summary>
public sealed class BlockedRanges
{
    public static readonly BlockedRanges None = new([]);

    private BlockedRanges(NumberRange[] intervals) => Intervals = intervals;

    /// <summary>Sorted by <see cref="NumberRange.First"/>, disjoint and never adjacent.</summary>
    public IReadOnlyList<NumberRange> Intervals { get; }

    public static BlockedRanges For(IEnumerable<string> blockedNumbers, int extensionLength)
    {
        var ranges = blockedNumbers.Select(b => Forbidden(b, extensionLength)).OfType<NumberRange>().OrderBy(r => r.First).ToList();
        var merged = new List<NumberRange>(ranges.Count);
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.First <= merged[^1].Last + 1)
            {
                merged[^1] = merged[^1] with { Last = Math.Max(merged[^1].Last, r.Last) };
            }
            else
            {
                merged.Add(r);
            }
        }
        return new BlockedRanges([.. merged]);
    }

    /// <summary>The interval holding <paramref name="number"/>, or null when it is not blocked.</summary>
    public NumberRange? Containing(int number)
    {
        int lo = 0, hi = Intervals.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var r = Intervals[mid];
            if (number < r.First)
            {
                hi = mid - 1;
            }
            else if (number > r.Last)
            {
                lo = mid + 1;
            }
            else
            {
                return r;
            }
        }
        return null;
    }

    /// <summary>The extension numbers of <paramref name="length"/> digits that conflict with <paramref name="blocked"/>.</summary>
    private static NumberRange? Forbidden(string blocked, int length)
    {
        if (blocked.Length == 0 || !blocked.All(char.IsAsciiDigit) || length is < 1 or > ExtensionNumbers.MaxLength)
        {
            return null;
        }
        if (blocked.Length > length)
        {
            var prefix = int.Parse(blocked.AsSpan(0, length), System.Globalization.CultureInfo.InvariantCulture);
            return new NumberRange(prefix, prefix);
        }
        var scale = ExtensionNumbers.PowerOfTen(length - blocked.Length);
        var value = long.Parse(blocked, System.Globalization.CultureInfo.InvariantCulture);
        return new NumberRange((int)(value * scale), (int)(((value + 1) * scale) - 1));
    }
}
