using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PbxBot.Channel.Activities;

/// <summary>
/// A Bot Framework activity (protocol v3), inbound or outbound. Only the fields the bot reads or writes are typed;
/// every other field is kept in <see cref="Properties"/> so that nothing a channel sent is lost.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ReplyToId { get; set; }

    public string? Text { get; set; }

    public string? Locale { get; set; }

    /// <summary>The sender's IANA time zone, e.g. <c>Europe/Paris</c> (Teams and Web Chat send it with each activity).</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Action.Submit data (message) or the invoke payload (invoke).</summary>
    public JsonNode? Value { get; set; }

    /// <summary>The invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    /// <summary>installationUpdate: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    /// <summary>Channel-specific data; Teams puts <c>tenant.id</c>, <c>team</c> and <c>channel</c> here.</summary>
    public JsonNode? ChannelData { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
