namespace PbxBot.Domain;

/// <summary>
/// The internal numbering plan: extensions have <see cref="ExtensionLength"/> digits and must fall in one of
/// the <see cref="Ranges"/>. 3CX proposes the next free number of the plan by default (seed 000, step 3).
/// </summary>
public sealed record DialPlan
{
    public required int ExtensionLength { get; init; }

    public required IReadOnlyList<NumberRange> Ranges { get; init; }

    public bool Contains(int number) => Ranges.Any(r => r.Contains(number));

    public static DialPlan Single(int first, int last) =>
        new() { ExtensionLength = first.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, Ranges = [new NumberRange(first, last)] };
}

/// <summary>An inclusive range of extension numbers, e.g. 100–899.</summary>
public readonly record struct NumberRange(int First, int Last)
{
    public bool Contains(int number) => number >= First && number <= Last;

    public int Count => Last - First + 1;

    public override string ToString() => $"{First}–{Last}";
}
