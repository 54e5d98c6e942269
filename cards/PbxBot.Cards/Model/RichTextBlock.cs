using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>A paragraph of differently styled runs (no Markdown).</summary>
public sealed record RichTextBlock : CardElement
{
    public IReadOnlyList<TextRun> Inlines { get; init; } = [];

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>One styled run of a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun
{
    public TextRun(string text)
    {
        Text = text;
    }

    /// <summary>Runs sit in a typed list, so their <c>"type"</c> is written explicitly.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextRun";

    public string Text { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public FontType? FontType { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Underline { get; init; }

    public bool? Highlight { get; init; }
}
