namespace PbxBot.Cards.Model;

/// <summary><c>Input.Text</c>.</summary>
public sealed record TextInput : InputElement
{
    public TextInput(string id)
        : base(id)
    {
    }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Checked by the client before submitting (the rules service checks again: the client may not).</summary>
    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }
}
