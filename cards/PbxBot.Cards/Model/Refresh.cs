using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>
/// Teams refreshes the card for the listed users by invoking <see cref="Action"/> when they open it, so each sees
/// the card as it is now (e.g. an approval already decided by someone else).
/// </summary>
public sealed record Refresh
{
    public Refresh(ExecuteAction action)
    {
        Action = action;
    }

    [JsonIgnore]
    public ExecuteAction Action { get; init; }

    /// <summary>Teams' user MRIs ("29:…"); at most 60. Without them only a personal chat refreshes.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }

    /// <summary>Declared as the action base type so the serializer writes its <c>"type"</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    private CardAction PolymorphicAction => Action;
}
