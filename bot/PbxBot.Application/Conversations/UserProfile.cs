using PbxBot.Domain;

namespace PbxBot.Application.Conversations;

/// <summary>What the bot remembers of a user to reach them later: their personal chat and language.</summary>
public sealed record UserProfile
{
    public required string UserId { get; init; }

    public string? Name { get; init; }

    /// <summary>The channel's id for the user (Teams "29:…"), to open a personal chat.</summary>
    public required string ChannelUserId { get; init; }

    /// <summary>The 1:1 chat with the bot, once known.</summary>
    public ConversationReference? PersonalConversation { get; init; }

    /// <summary>The last conversation they used (any kind): its service URL and tenant open a personal chat.</summary>
    public ConversationReference? LastConversation { get; init; }

    public Language Language { get; init; } = Language.French;

    /// <summary>The UPN Teams gave for them (looked up once, when configuration names owners by UPN).</summary>
    public string? UserPrincipalName { get; init; }
}
