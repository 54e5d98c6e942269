using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>
/// A column's width as the schema writes it: <c>"auto"</c> (fits its content), <c>"stretch"</c> (takes what is
/// left), a relative weight (a number) or a fixed pixel width (<c>"50px"</c>).
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, double weight)
    {
        Keyword = keyword;
        Weight = weight;
    }

    /// <summary>"auto", "stretch" or "Npx"; null for a weight.</summary>
    public string? Keyword { get; }

    public double Weight { get; }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    public static ColumnWidth Weighted(double weight) =>
        weight > 0 ? new(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight is positive.");

    public static ColumnWidth Pixels(int pixels) =>
        pixels > 0 ? new(string.Create(CultureInfo.InvariantCulture, $"{pixels}px"), 0) : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A column width is positive.");

    public override string ToString() => Keyword ?? Weight.ToString(CultureInfo.InvariantCulture);

    private sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
    {
        public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return Weighted(reader.GetDouble());
            }
            var text = reader.GetString();
            return text switch
            {
                "auto" => Auto,
                "stretch" => Stretch,
                _ when text is not null && text.EndsWith("px", StringComparison.Ordinal)
                       && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var px) => Pixels(px),
                _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) => Weighted(weight),
                _ => throw new JsonException($"\"{text}\" is not a column width."),
            };
        }

        public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
        {
            if (value.Keyword is null)
            {
                writer.WriteNumberValue(value.Weight);
            }
            else
            {
                writer.WriteStringValue(value.Keyword);
            }
        }
    }
}
