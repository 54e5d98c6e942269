namespace PbxBot.Cards.Model;

/// <summary><c>Input.ChoiceSet</c>: a drop-down (compact), radio buttons/check boxes (expanded) or a searchable list (filtered).</summary>
public sealed record ChoiceSetInput : InputElement
{
    public ChoiceSetInput(string id)
        : base(id)
    {
    }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>The selected choice's value; comma-separated values when <see cref="IsMultiSelect"/>.</summary>
    public string? Value { get; init; }

    public bool? IsMultiSelect { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}

public sealed record Choice(string Title, string Value);
