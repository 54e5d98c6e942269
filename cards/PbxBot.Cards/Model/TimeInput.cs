using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary><c>Input.Time</c>: values are written <c>HH:mm</c>, as the clients submit them.</summary>
public sealed record TimeInput : InputElement
{
    public TimeInput(string id)
        : base(id)
    {
    }

    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Value { get; init; }

    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Min { get; init; }

    [JsonConverter(typeof(HourMinuteConverter))]
    public TimeOnly? Max { get; init; }

    public string? Placeholder { get; init; }
}
