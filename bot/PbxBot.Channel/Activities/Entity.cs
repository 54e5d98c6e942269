using System.Text.Json;
using System.Text.Json.Serialization;

namespace PbxBot.Channel.Activities;

/// <summary>An activity entity; the bot reads mentions (<c>type</c> "mention", <c>mentioned</c>, <c>text</c>).</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    public ChannelAccount? Mentioned { get; set; }

    /// <summary>The mention's markup as it appears in the message text, e.g. <c>&lt;at&gt;PbxBot&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
