namespace PbxBot.Cards.Model;

/// <summary><c>Input.Number</c>.</summary>
public sealed record NumberInput : InputElement
{
    public NumberInput(string id)
        : base(id)
    {
    }

    public double? Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? Placeholder { get; init; }
}
