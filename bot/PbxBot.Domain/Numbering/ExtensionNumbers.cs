using System.Globalization;

namespace PbxBot.Domain;

/// <summary>
/// Extension numbers as text and as integers: a plan of length 3 writes 91 as "091", so that a number typed
/// with its leading zeros and the integer kept in <see cref="UsedNumbers"/> always mean the same extension.
/// </summary>
public static class ExtensionNumbers
{
    /// <summary>Nine digits keep every number of the plan inside an <see cref="int"/>.</summary>
    public const int MaxLength = 9;

    public static string Format(int number, int length) => number.ToString("D" + length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>Parses digits only (no sign, no spaces) of at most <see cref="MaxLength"/> characters.</summary>
    public static bool TryParse(string text, out int number)
    {
        number = 0;
        return text.Length <= MaxLength && IsDigits(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    public static long PowerOfTen(int exponent)
    {
        long p = 1;
        for (var i = 0; i < exponent; i++)
        {
            p *= 10;
        }
        return p;
    }

    /// <summary>The plan's ranges cut to the numbers that really have <see cref="DialPlan.ExtensionLength"/> digits, lowest first.</summary>
    public static IReadOnlyList<NumberRange> UsableRanges(this DialPlan plan)
    {
        if (plan.ExtensionLength is < 1 or > MaxLength)
        {
            return [];
        }
        var max = (int)(PowerOfTen(plan.ExtensionLength) - 1);
        return plan.Ranges
            .Where(r => r.First <= r.Last && r.Last >= 0 && r.First <= max)
            .Select(r => new NumberRange(Math.Max(r.First, 0), Math.Min(r.Last, max)))
            .OrderBy(r => r.First)
            .ToArray();
    }
}
