using FsCheck;
using FsCheck.Fluent;
using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Numbering;

/// <summary>
/// Property, over random countries, plan lengths, ranges, used sets and reserved codes: the first free number is
/// exactly the lowest number of the plan that a brute-force scan finds neither used, blocked nor reserved.
/// </summary>
public sealed class TheFirstFreeNumberIsNeverUsedBlockedOrOutOfRange
{
    private static readonly RulesService Rules = new();
    private static readonly string[] Countries = ["FR", "BE", "CH", "GB", "US", "DE", "ES", "IT", "PT", "JP"];

    [Fact]
    public void TheFirstFreeNumberIsTheLowestNumberABruteForceScanAccepts()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Cases()), c =>
        {
            var expected = BruteForceFirstFree(c);
            var actual = Rules.FirstFreeNumber(c.Pbx);
            return actual == expected && (actual is null || Rules.CheckNumber(actual, c.Pbx).IsFree);
        }));
    }

    [Fact]
    public void TheNextFreeNumberAfterAnyNumberIsFreeAndAboveIt()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Cases()), c =>
        {
            var first = Rules.FirstFreeNumber(c.Pbx);
            if (first is null)
            {
                return true;
            }
            var next = Rules.NextFreeAfter(c.Pbx, first);
            return next is null || (string.CompareOrdinal(next, first) > 0 && Rules.CheckNumber(next, c.Pbx).IsFree);
        }));
    }

    private static string? BruteForceFirstFree(Case c)
    {
        var length = c.Pbx.Settings.DialPlan.ExtensionLength;
        var blocked = Rules.BlockedNumbers.For(c.Pbx.Settings.Country).Select(b => b.Number).Concat(c.Pbx.Settings.ReservedNumbers).ToArray();
        return c.Pbx.Settings.DialPlan.Ranges
            .SelectMany(r => Enumerable.Range(r.First, r.Count))
            .Order()
            .Where(n => !c.Used.Contains(n))
            .Select(n => ExtensionNumbers.Format(n, length))
            .FirstOrDefault(s => blocked.All(b => NumberConflict.Between(s, b) is null));
    }

    private static Gen<Case> Cases() =>
        from country in Gen.Elements(Countries)
        from length in Gen.Choose(2, 4)
        from ranges in Gen.ListOf(Range(length)).Select(l => l.Take(3).ToArray())
        where ranges.Length > 0
        from fill in Gen.Choose(0, 200)
        from scatter in Gen.ListOf(Gen.Choose(0, 400))
        from reserved in Gen.ListOf(Gen.Choose(0, 999)).Select(l => l.Take(3).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())
        select Build(country, length, ranges, fill, scatter, reserved);

    /// <summary>Ranges of up to 300 numbers anywhere in the plan's length.</summary>
    private static Gen<NumberRange> Range(int length) =>
        from first in Gen.Choose(0, (int)ExtensionNumbers.PowerOfTen(length) - 1)
        from size in Gen.Choose(0, 300)
        select new NumberRange(first, (int)Math.Min(first + size, ExtensionNumbers.PowerOfTen(length) - 1));

    /// <summary>The first <paramref name="fill"/> numbers of the lowest range are used (a busy PBX), plus a scatter above.</summary>
    private static Case Build(string country, int length, NumberRange[] ranges, int fill, IEnumerable<int> scatter, string[] reserved)
    {
        var low = ranges.Min(r => r.First);
        var used = Enumerable.Range(low, fill).Concat(scatter.Select(s => low + s)).ToHashSet();
        var pbx = SamplePbx.France().In(country).WithPlan(new DialPlan { ExtensionLength = length, Ranges = ranges }).WithReserved(reserved)
            with { UsedNumbers = UsedNumbers.From(used) };
        return new Case(pbx, used);
    }

    public sealed record Case(PbxSnapshot Pbx, IReadOnlySet<int> Used)
    {
        public override string ToString() =>
            $"{Pbx.Settings.Country}, length {Pbx.Settings.DialPlan.ExtensionLength}, ranges [{string.Join(", ", Pbx.Settings.DialPlan.Ranges)}], " +
            $"reserved [{string.Join(", ", Pbx.Settings.ReservedNumbers)}], used {{{string.Join(", ", Used.Order())}}}";
    }
}
