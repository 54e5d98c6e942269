using FsCheck;
using FsCheck.Fluent;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>
/// Property: after any sequence of <see cref="UsedNumbers.With"/> and <see cref="UsedNumbers.Without"/>, the
/// intervals stay sorted, disjoint and non-adjacent, and hold exactly the numbers a plain set would.
/// </summary>
public sealed class UsedNumbersStayCompactIntervals
{
    [Fact]
    public void WithAndWithoutAgreeWithASetAndKeepTheIntervalsCompact()
    {
        var operations = Gen.ListOf(Gen.Zip(Gen.Elements(true, false), Gen.Choose(0, 60)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(operations), ops =>
        {
            var used = UsedNumbers.Empty;
            var model = new HashSet<int>();
            foreach (var (add, n) in ops)
            {
                used = add ? used.With(n) : used.Without(n);
                _ = add ? model.Add(n) : model.Remove(n);
                if (!Compact(used) || !SameNumbers(used, model))
                {
                    return false;
                }
            }
            return true;
        }));
    }

    [Fact]
    public void FromAnyListEqualsAddingItsNumbersOneByOne()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(-5, 80))), numbers =>
        {
            var added = numbers.Aggregate(UsedNumbers.Empty, (u, n) => u.With(n));
            var built = UsedNumbers.From(numbers);
            return Compact(built) && built.Intervals.SequenceEqual(added.Intervals);
        }));
    }

    [Fact]
    public void TenThousandConsecutiveExtensionsAreOneInterval()
    {
        var used = UsedNumbers.From(Enumerable.Range(10_000, 10_000));

        Assert.Equal([new NumberRange(10_000, 19_999)], used.Intervals);
        Assert.Equal(10_000, used.Count);
        Assert.Equal(new NumberRange(10_000, 19_999), used.IntervalContaining(15_000));
        Assert.Null(used.IntervalContaining(20_000));
    }

    [Fact]
    public void TheExtremesOfIntDoNotOverflow()
    {
        var used = UsedNumbers.Empty.With(int.MaxValue).With(int.MaxValue - 1).With(int.MinValue);

        Assert.Equal([new NumberRange(int.MinValue, int.MinValue), new NumberRange(int.MaxValue - 1, int.MaxValue)], used.Intervals);
        Assert.Null(used.FirstFreeIn(new NumberRange(int.MaxValue - 1, int.MaxValue), _ => false));
    }

    private static bool Compact(UsedNumbers used) =>
        used.Intervals.All(r => r.First <= r.Last)
        && used.Intervals.Zip(used.Intervals.Skip(1)).All(pair => (long)pair.First.Last + 1 < pair.Second.First);

    private static bool SameNumbers(UsedNumbers used, HashSet<int> model) =>
        used.Count == model.Count
        && used.Intervals.SelectMany(r => Enumerable.Range(r.First, r.Count)).ToHashSet().SetEquals(model)
        && Enumerable.Range(-1, 63).All(n => used.Contains(n) == model.Contains(n));
}
