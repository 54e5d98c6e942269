using PbxBot.Application.Conversations;
using PbxBot.Channel.Activities;

namespace PbxBot.Channel.Connector;

/// <summary>
/// Where the bot's outgoing activities go for a conversation. The Connector REST API is the default; a local
/// channel (the playground's Direct Line) registers its own sink so its conversations get replies without HTTP.
/// Register sinks as singletons.
/// </summary>
public interface IActivitySink
{
    /// <summary>True when this sink delivers the activities of <paramref name="conversation"/> (by channelId or serviceUrl).</summary>
    bool Accepts(ConversationReference conversation);

    /// <summary>Sends a message; as a reply to <see cref="Activity.ReplyToId"/> when set. Returns the new activity's id.</summary>
    Task<string?> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces the activity whose id is <see cref="Activity.Id"/>.</summary>
    Task UpdateAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken);

    /// <summary>Opens (or finds) the personal chat with <paramref name="userChannelId"/> on the same channel and tenant.</summary>
    Task<ConversationReference> CreatePersonalConversationAsync(ConversationReference anyConversationOfTenant, string userChannelId, CancellationToken cancellationToken);
}
