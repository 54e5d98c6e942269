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

    /// <summary>The used numbers of a list of extension numbers, in any order, duplicates allowed.</summary>
    public static UsedNumbers From(IEnumerable<int> numbers)
    {
        var merged = new List<NumberRange>();
        foreach (var n in numbers.Order())
        {
            if (merged.Count > 0 && n <= merged[^1].Last + 1L)
            {
                merged[^1] = merged[^1] with { Last = Math.Max(merged[^1].Last, n) };
            }
            else
            {
                merged.Add(new NumberRange(n, n));
            }
        }
        return new UsedNumbers { Intervals = merged };
    }

    public bool Contains(int number) => IntervalContaining(number) is not null;

    public bool Contains(string number) => int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && Contains(n);

    public UsedNumbers With(int number)
    {
        var at = IndexOfFirstEndingAtOrAfter(number);
        if (at < Intervals.Count && Intervals[at].Contains(number))
        {
            return this;
        }
        // Only the intervals just before and just after can touch the new number: merge with them, copy the rest.
        var joinsLeft = at > 0 && Intervals[at - 1].Last + 1L == number;
        var joinsRight = at < Intervals.Count && number + 1L == Intervals[at].First;
        var merged = new NumberRange(joinsLeft ? Intervals[at - 1].First : number, joinsRight ? Intervals[at].Last : number);
        var list = new List<NumberRange>(Intervals.Count + 1);
        list.AddRange(Intervals.Take(joinsLeft ? at - 1 : at));
        list.Add(merged);
        list.AddRange(Intervals.Skip(joinsRight ? at + 1 : at));
        return new UsedNumbers { Intervals = list };
    }

    public UsedNumbers Without(int number)
    {
        var at = IndexOfFirstEndingAtOrAfter(number);
        if (at >= Intervals.Count || !Intervals[at].Contains(number))
        {
            return this;
        }
        var r = Intervals[at];
        var list = new List<NumberRange>(Intervals.Count + 1);
        list.AddRange(Intervals.Take(at));
        if (r.First < number)
        {
            list.Add(new NumberRange(r.First, number - 1));
        }
        if (number < r.Last)
        {
            list.Add(new NumberRange(number + 1, r.Last));
        }
        list.AddRange(Intervals.Skip(at + 1));
        return new UsedNumbers { Intervals = list };
    }

    /// <summary>The lowest number of <paramref name="range"/> not in use and not refused by <paramref name="isBlocked"/>, or null.</summary>
    public int? FirstFreeIn(NumberRange range, Func<int, bool> isBlocked)
    {
        long candidate = range.First;
        while (candidate <= range.Last)
        {
            var c = (int)candidate;
            if (IntervalContaining(c) is { } r)
            {
                candidate = r.Last + 1L;
                continue;
            }
            if (!isBlocked(c))
            {
                return c;
            }
            candidate++;
        }
        return null;
    }

    /// <summary>The interval of used numbers holding <paramref name="number"/>, or null when it is free: lets a search jump over it.</summary>
    public NumberRange? IntervalContaining(int number)
    {
        var at = IndexOfFirstEndingAtOrAfter(number);
        return at < Intervals.Count && Intervals[at].Contains(number) ? Intervals[at] : null;
    }

    /// <summary>Binary search: the index of the first interval whose Last ≥ <paramref name="number"/> (Count when none).</summary>
    private int IndexOfFirstEndingAtOrAfter(int number)
    {
        int lo = 0, hi = Intervals.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Intervals[mid].Last < number)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
