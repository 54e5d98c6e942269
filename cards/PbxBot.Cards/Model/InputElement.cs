using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>
/// What every input has. The id is the key of the input's value in the submitted data, so it is required;
/// a required input also needs a <see cref="Label"/> and an <see cref="ErrorMessage"/> (the renderer says so,
/// and <see cref="PbxBot.Cards.CardForm.Field(InputElement, string?)"/> enforces it).
/// </summary>
public abstract record InputElement : CardElement
{
    protected InputElement(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The input's id, never null (an input is created with one).</summary>
    [JsonIgnore]
    public string InputId => Id!;

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown by the client when <see cref="IsRequired"/> or a constraint fails before submitting.</summary>
    public string? ErrorMessage { get; init; }
}
