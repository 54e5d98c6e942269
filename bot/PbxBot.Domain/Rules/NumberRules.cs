namespace PbxBot.Domain.Rules;

/// <summary>
/// Extension numbers against a PBX: the dial plan, the country's emergency and service numbers, the PBX's own
/// codes and the numbers in use. The first free number jumps interval to interval (used, then blocked), so it
/// costs a few binary searches whatever the number of extensions.
/// </summary>
internal sealed class NumberRules(BlockedNumbers table)
{
    public string? FirstFree(PbxSnapshot pbx)
    {
        var plan = Plan(pbx);
        return plan.Format(plan.FirstFree(pbx.UsedNumbers, int.MinValue));
    }

    public string? NextFreeAfter(PbxSnapshot pbx, string number)
    {
        var plan = Plan(pbx);
        if (!ExtensionNumbers.TryParse(number.Trim(), out var n))
        {
            return plan.Format(plan.FirstFree(pbx.UsedNumbers, int.MinValue));
        }
        return n == int.MaxValue ? null : plan.Format(plan.FirstFree(pbx.UsedNumbers, n + 1));
    }

    public NumberCheck Check(string number, PbxSnapshot pbx)
    {
        var plan = Plan(pbx);
        var text = number.Trim();
        var nextFree = plan.Format(plan.FirstFree(pbx.UsedNumbers, int.MinValue));
        var next = Phrases.NextFree(nextFree);

        NumberCheck Refused(NumberVerdict verdict, string code, NumberConflict? conflict, params object?[] args) =>
            new(text, verdict) { Conflict = conflict, NextFree = nextFree, Error = new FieldError(ExtensionFields.Number, code, ErrorMessages.Format(code, args)) };

        if (!ExtensionNumbers.IsDigits(text))
        {
            return Refused(NumberVerdict.NotDigits, ErrorCodes.NumberNotDigits, null, text, pbx.Settings.DialPlan.ExtensionLength, next);
        }
        var blocked = NumberConflict.Find(text, table.For(pbx.Settings.Country));
        var reserved = NumberConflict.Find(text, pbx.Settings.ReservedNumbers.Select(BlockedNumber.Reserved));
        // Typing 15 or 112 in a 3-digit plan: saying "SAMU" helps more than "3 digits expected".
        if (blocked is { Kind: ConflictKind.Equal })
        {
            return Refused(NumberVerdict.Blocked, ErrorCodes.NumberBlocked, blocked, Phrases.Conflict(blocked, table), next);
        }
        if (reserved is { Kind: ConflictKind.Equal })
        {
            return Refused(NumberVerdict.Reserved, ErrorCodes.NumberReserved, reserved, Phrases.Conflict(reserved, table), next);
        }
        if (text.Length != plan.Length)
        {
            return Refused(NumberVerdict.WrongLength, ErrorCodes.NumberWrongLength, null, text, text.Length, plan.Length, next);
        }
        if (!ExtensionNumbers.TryParse(text, out var n) || !plan.Ranges.Any(r => r.Contains(n)))
        {
            return Refused(NumberVerdict.OutOfRange, ErrorCodes.NumberOutOfRange, null, text, Phrases.Ranges(plan.Ranges, plan.Length), next);
        }
        if (blocked is not null)
        {
            return Refused(NumberVerdict.Blocked, ErrorCodes.NumberBlocked, blocked, Phrases.Conflict(blocked, table), next);
        }
        if (reserved is not null)
        {
            return Refused(NumberVerdict.Reserved, ErrorCodes.NumberReserved, reserved, Phrases.Conflict(reserved, table), next);
        }
        if (pbx.UsedNumbers.Contains(n))
        {
            return Refused(NumberVerdict.Used, ErrorCodes.NumberUsed, null, text, next);
        }
        return new NumberCheck(text, NumberVerdict.Free) { NextFree = nextFree };
    }

    /// <summary>The "no free number left" error, naming the plan's ranges.</summary>
    public FieldError NoneFree(PbxSnapshot pbx)
    {
        var plan = Plan(pbx);
        return new FieldError(ExtensionFields.Number, ErrorCodes.NumberNoneFree, ErrorMessages.Format(ErrorCodes.NumberNoneFree, Phrases.Ranges(plan.Ranges, plan.Length)));
    }

    private NumberPlanView Plan(PbxSnapshot pbx)
    {
        var dialPlan = pbx.Settings.DialPlan;
        var length = dialPlan.ExtensionLength;
        var reserved = pbx.Settings.ReservedNumbers;
        return new NumberPlanView(
            length,
            dialPlan.UsableRanges(),
            table.Ranges(pbx.Settings.Country, length),
            reserved.Count == 0 ? BlockedRanges.None : BlockedRanges.For(reserved, length));
    }

    /// <summary>One PBX's numbering at the time of a check.</summary>
    private readonly record struct NumberPlanView(int Length, IReadOnlyList<NumberRange> Ranges, BlockedRanges Blocked, BlockedRanges Reserved)
    {
        public string? Format(int? number) => number is { } n ? ExtensionNumbers.Format(n, Length) : null;

        /// <summary>The lowest number ≥ <paramref name="from"/> in the plan that is neither used, blocked nor reserved.</summary>
        public int? FirstFree(UsedNumbers used, int from)
        {
            foreach (var range in Ranges)
            {
                if (range.Last < from)
                {
                    continue;
                }
                long candidate = Math.Max(range.First, from);
                while (candidate <= range.Last)
                {
                    var c = (int)candidate;
                    var skip = used.IntervalContaining(c) ?? Blocked.Containing(c) ?? Reserved.Containing(c);
                    if (skip is null)
                    {
                        return c;
                    }
                    candidate = (long)skip.Value.Last + 1;
                }
            }
            return null;
        }
    }
}
