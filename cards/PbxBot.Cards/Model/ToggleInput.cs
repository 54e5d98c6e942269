namespace PbxBot.Cards.Model;

/// <summary><c>Input.Toggle</c>: a check box. Its value is submitted as a string, <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed record ToggleInput : InputElement
{
    public const string On = "true";
    public const string Off = "false";

    public ToggleInput(string id, string title)
        : base(id)
    {
        Title = title;
    }

    /// <summary>The text beside the box.</summary>
    public string Title { get; init; }

    /// <summary><see cref="On"/> or <see cref="Off"/> (or the custom <see cref="ValueOn"/>/<see cref="ValueOff"/>).</summary>
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }

    /// <summary>The schema's string for a checked or unchecked box.</summary>
    public static string ValueOf(bool isOn) => isOn ? On : Off;
}
