namespace PbxBot.Cards.Model;

/// <summary><c>Input.Date</c>: values are written <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput : InputElement
{
    public DateInput(string id)
        : base(id)
    {
    }

    public DateOnly? Value { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    public string? Placeholder { get; init; }
}
