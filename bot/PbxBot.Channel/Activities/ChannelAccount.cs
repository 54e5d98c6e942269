using System.Text.Json;
using System.Text.Json.Serialization;

namespace PbxBot.Channel.Activities;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The user's Entra object id (Teams): their stable identity.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
