namespace PbxBot.Domain;

/// <summary>
/// The extension numbers in use on a PBX, kept as sorted, disjoint, non-adjacent intervals. Stored as one
/// small document next to the extensions, it answers "is 105 taken?" and "what is the first free number?"
/// without reading a single extension: 10,000 consecutive extensions are one interval.
/// </summary>
public sealed record UsedNumbers
{
    public static readonly UsedNumbers Empty = new();

    /// <summary>Sorted by <see cref="NumberRange.First"/>, disjoint and never adjacent.</summary>
    public IReadOnlyList<NumberRange> Intervals { get; init; } = [];

    public int Count => Intervals.Sum(r => r.Count);

    public bool Contains(int number)
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
                return true;
            }
        }
        return false;
    }

    public bool Contains(string number) => int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && Contains(n);

    public UsedNumbers With(int number)
    {
        if (Contains(number))
        {
            return this;
        }
        var list = new List<NumberRange>(Intervals.Count + 1);
        var merged = new NumberRange(number, number);
        foreach (var r in Intervals)
        {
            if (r.Last + 1 == merged.First)
            {
                merged = new NumberRange(r.First, merged.Last);
            }
            else if (merged.Last + 1 == r.First)
            {
                merged = new NumberRange(merged.First, r.Last);
            }
            else
            {
                list.Add(r);
            }
        }
        list.Add(merged);
        list.Sort((a, b) => a.First.CompareTo(b.First));
        return new UsedNumbers { Intervals = list };
    }

    public UsedNumbers Without(int number)
    {
        if (!Contains(number))
        {
            return this;
        }
        var list = new List<NumberRange>(Intervals.Count + 1);
        foreach (var r in Intervals)
        {
            if (!r.Contains(number))
            {
                list.Add(r);
                continue;
            }
            if (r.First < number)
            {
                list.Add(new NumberRange(r.First, number - 1));
            }
            if (number < r.Last)
            {
                list.Add(new NumberRange(number + 1, r.Last));
            }
        }
        return new UsedNumbers { Intervals = list };
    }

    /// <summary>The lowest number of <paramref name="range"/> not in use and not refused by <paramref name="isBlocked"/>, or null.</summary>
    public int? FirstFreeIn(NumberRange range, Func<int, bool> isBlocked)
    {
        var candidate = range.First;
        while (candidate <= range.Last)
        {
            var used = IntervalContaining(candidate);
            if (used is { } r)
            {
                candidate = r.Last + 1;
                continue;
            }
            if (!isBlocked(candidate))
            {
                return candidate;
            }
            candidate++;
        }
        return null;
    }

    private NumberRange? IntervalContaining(int number)
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
}
