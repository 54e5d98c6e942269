namespace PbxBot.Application.Conversations;

/// <summary>
/// Messages someone outside of a turn (approvals, outcomes, delivery failures), through the stored
/// conversation references. Implemented by the channel (Connector REST API, or the playground's stream).
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>Sends a message into an existing conversation; returns the new message's id.</summary>
    Task<string?> SendAsync(ConversationReference conversation, Reply reply, CancellationToken cancellationToken);

    /// <summary>Replaces a message sent earlier (e.g. an approval card once decided).</summary>
    Task UpdateAsync(ConversationReference conversation, string messageId, Reply reply, CancellationToken cancellationToken);

    /// <summary>
    /// Opens (or finds) the personal chat between the bot and a user, given any conversation reference of the
    /// same tenant and service (Connector "create conversation").
    /// </summary>
    Task<ConversationReference> CreatePersonalConversationAsync(ConversationReference anyConversationOfTenant, string userChannelId, CancellationToken cancellationToken);
}

/// <summary>The proactive call failed for a reason that retrying will not fix (user blocked the bot, conversation gone).</summary>
public sealed class ConversationUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
