using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PbxBot.Channel.Activities;

/// <summary>An attachment; the bot sends Adaptive Cards as <c>application/vnd.microsoft.card.adaptive</c>.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }

    public JsonNode? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
