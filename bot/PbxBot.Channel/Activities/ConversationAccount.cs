using System.Text.Json;
using System.Text.Json.Serialization;

namespace PbxBot.Channel.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>Teams: personal, groupChat or channel.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
