using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>Writes a time of day as the schema's <c>HH:mm</c> (System.Text.Json's default adds seconds).</summary>
public sealed class HourMinuteConverter : JsonConverter<TimeOnly>
{
    private const string Format = "HH:mm";

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.ParseExact(reader.GetString() ?? throw new JsonException("A time is a string."), Format, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
