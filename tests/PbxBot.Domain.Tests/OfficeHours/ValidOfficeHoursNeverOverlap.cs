using FsCheck;
using FsCheck.Fluent;
using PbxBot.Domain.Rules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>
/// Property: for random open periods and breaks, the rules accept a schedule exactly when no two periods of a day
/// overlap, each starts before it stops, and each break lies inside an open period of its day.
/// </summary>
public sealed class ValidOfficeHoursNeverOverlap
{
    private static readonly RulesService Rules = new();

    [Fact]
    public void ASchedulePassesExactlyWhenNothingOverlapsAndBreaksAreInsideOpenHours()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Arb.From(Schedules()), hours =>
        {
            var validation = Rules.ValidateOfficeHours(hours);
            var expected = hours.Hours.Count > 0
                && WellFormedAndDisjoint(hours.Hours)
                && WellFormedAndDisjoint(hours.BreakTime)
                && hours.BreakTime.All(b => hours.Hours.Any(p => p.Contains(b)));
            return validation.IsValid == expected;
        }));
    }

    [Fact]
    public void AnAcceptedScheduleHasNoOverlapOnAnyDay()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(Schedules()), hours =>
        {
            var validation = Rules.ValidateOfficeHours(hours);
            if (!validation.IsValid)
            {
                return true;
            }
            var value = validation.Value!;
            var pairs = value.Hours.SelectMany((p, i) => value.Hours.Skip(i + 1).Select(q => (p, q)));
            return pairs.All(x => !x.p.Overlaps(x.q))
                && value.Hours.All(p => p.Start < p.Stop)
                && value.BreakTime.All(b => value.Hours.Any(p => p.Contains(b)));
        }));
    }

    private static bool WellFormedAndDisjoint(IReadOnlyList<Period> periods) =>
        periods.All(p => p.Start < p.Stop)
        && periods.SelectMany((p, i) => periods.Skip(i + 1).Select(q => (p, q))).All(x => !x.p.Overlaps(x.q));

    /// <summary>Two days and half-hour slots, so that collisions are frequent.</summary>
    private static Gen<Domain.OfficeHours> Schedules()
    {
        var period =
            from day in Gen.Elements(DayOfWeek.Monday, DayOfWeek.Tuesday)
            from start in Gen.Choose(0, 47)
            from length in Gen.Choose(-2, 16)
            select new Period(day, Slot(start), Slot(Math.Clamp(start + length, 0, 47)));
        return
            from open in Gen.ListOf(period).Select(l => l.Take(4).ToArray())
            from breaks in Gen.ListOf(period).Select(l => l.Take(2).ToArray())
            select new Domain.OfficeHours { Hours = open, BreakTime = breaks, TimeZoneId = "Europe/Paris" };
    }

    private static TimeOnly Slot(int halfHours) => new(halfHours / 2, halfHours % 2 * 30);
}
