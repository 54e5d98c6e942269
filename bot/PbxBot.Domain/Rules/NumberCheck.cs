namespace PbxBot.Domain.Rules;

/// <summary>
/// Whether a number can become an extension on a PBX and, when it cannot, why: which emergency number of which
/// country it collides with, that it is used, out of the dial plan, or not a number at all.
/// </summary>
public sealed record NumberCheck(string Number, NumberVerdict Verdict)
{
    /// <summary>The emergency, service or reserved number in the way, for <see cref="NumberVerdict.Blocked"/> and <see cref="NumberVerdict.Reserved"/>.</summary>
    public NumberConflict? Conflict { get; init; }

    /// <summary>The first free number of the PBX, proposed in the error message; null when the plan is full.</summary>
    public string? NextFree { get; init; }

    /// <summary>The error to show next to the number input; null when the number is free.</summary>
    public FieldError? Error { get; init; }

    public bool IsFree => Verdict == NumberVerdict.Free;
}

public enum NumberVerdict
{
    Free,
    NotDigits,
    WrongLength,
    OutOfRange,
    Blocked,
    Reserved,
    Used,
}
