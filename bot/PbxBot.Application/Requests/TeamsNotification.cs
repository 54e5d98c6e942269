using System.Text.Json;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Requests;

/// <summary>
/// A Teams message to deliver through the outbox (so a Teams outage or a 429 delays it, never loses it): the
/// approval card to an approver or a channel, the outcome to the requester, or the refresh of every approval card
/// once a request is decided. Rendered at delivery time from the request's current state.
/// </summary>
public sealed record TeamsNotification
{
    public required TeamsNotificationKind Kind { get; init; }

    public required string PbxId { get; init; }

    public required string RequestId { get; init; }

    /// <summary>The approver to reach in a personal chat (<see cref="TeamsNotificationKind.ApprovalRequest"/>).</summary>
    public string? ApproverUserId { get; init; }

    /// <summary>The channel to post in instead (<see cref="TeamsNotificationKind.ApprovalRequest"/>).</summary>
    public ApprovalChannel? Channel { get; init; }

    /// <summary>The bot's own id in the channel, for posting to a conversation it was not messaged from.</summary>
    public string? BotId { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, StoreJson.Options);

    public static TeamsNotification FromJson(string json) => JsonSerializer.Deserialize<TeamsNotification>(json, StoreJson.Options)
        ?? throw new JsonException("Empty Teams notification payload.");
}

public enum TeamsNotificationKind
{
    ApprovalRequest,
    RequestDecided,
    RefreshApprovalCards,
}

/// <summary>Where an approval card was posted, so it can be replaced when the request is decided.</summary>
public sealed record ApprovalNotice(string RequestId, Conversations.ConversationReference Conversation, string ActivityId);
