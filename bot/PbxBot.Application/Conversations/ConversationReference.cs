namespace PbxBot.Application.Conversations;

/// <summary>
/// Where a conversation lives and how to reach it again: stored when the bot is installed or first spoken
/// to, so that approvals and outcomes can be sent proactively later.
/// </summary>
public sealed record ConversationReference
{
    /// <summary>msteams, emulator, webchat, directline, or playground.</summary>
    public required string ChannelId { get; init; }

    public required string ServiceUrl { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>personal, groupChat or channel (Teams); null elsewhere.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public required string BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>The channel user id of the person this conversation is with (personal chats).</summary>
    public string? UserChannelId { get; init; }

    public bool IsPersonal => ConversationType is null or "personal";
}
