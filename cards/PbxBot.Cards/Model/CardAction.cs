using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>A button. Serialised polymorphically with the schema's <c>"type"</c> first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-1)]
    public string? Title { get; init; }

    public ActionStyle? Style { get; init; }

    /// <summary>Hover text and the screen reader's description (schema 1.5).</summary>
    public string? Tooltip { get; init; }
}
