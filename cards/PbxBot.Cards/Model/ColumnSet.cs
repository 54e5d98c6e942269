using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>Side-by-side columns.</summary>
public sealed record ColumnSet : CardElement
{
    public IReadOnlyList<Column> Columns { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>A column of a <see cref="ColumnSet"/>: not a body element, so it is not in the polymorphic list.</summary>
public sealed record Column
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    public string? Id { get; init; }

    public IReadOnlyList<CardElement>? Items { get; init; }

    public ColumnWidth? Width { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public ContainerStyle? Style { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }

    public bool? Bleed { get; init; }
}
