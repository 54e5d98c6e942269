namespace PbxBot.Cards.Model;

/// <summary>Plain text (a subset of Markdown). <see cref="Wrap"/> is almost always wanted: Teams truncates otherwise.</summary>
public sealed record TextBlock : CardElement
{
    public TextBlock(string text)
    {
        Text = text;
    }

    public string Text { get; init; }

    public TextBlockStyle? Style { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public FontType? FontType { get; init; }

    public bool? Wrap { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
