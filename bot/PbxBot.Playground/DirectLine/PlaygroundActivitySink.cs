using PbxBot.Application.Conversations;
using PbxBot.Channel.Activities;
using PbxBot.Channel.Connector;

namespace PbxBot.Playground.DirectLine;

/// <summary>
/// Delivers the bot's messages for playground conversations into their Direct Line stream instead of calling a
/// Connector: the wizards use the same outbound interface and cannot tell the difference.
/// </summary>
/// <remarks>
/// A personal chat in Teams is one conversation per user; here each page load is a conversation. So a message the
/// bot sends on its own (no reply-to: an approval, an outcome) goes to the conversation the user used last, and a
/// user without one gets a conversation that their next page load picks up.
/// </remarks>
internal sealed class PlaygroundActivitySink(PlaygroundConversations conversations, TimeProvider time) : IActivitySink
{
    public bool Accepts(ConversationReference conversation) =>
        string.Equals(conversation.ServiceUrl, PlaygroundChannel.ServiceUrl, StringComparison.OrdinalIgnoreCase);

    public Task<string?> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken)
    {
        var target = activity.ReplyToId is { Length: > 0 }
            ? conversations.Find(conversation.ConversationId)
            : conversations.LatestOf(conversation.UserChannelId) ?? conversations.Find(conversation.ConversationId);
        if (target is null)
        {
            throw new ConversationUnreachableException($"The playground conversation {conversation.ConversationId} is gone (the bot restarted or it was forgotten).");
        }
        var id = target.Append(PlaygroundActivities.FromBot(activity, target), time.GetUtcNow(), PlaygroundActivities.TagCardActions)
            ?? throw new ConnectorException("The playground conversation is full: reload the page.", 413, "MessageSizeTooBig");
        return Task.FromResult<string?>(id);
    }

    public Task UpdateAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken)
    {
        var id = activity.Id ?? throw new ArgumentException("The activity to update has no id.", nameof(activity));
        // The id tells the conversation: an approval card may be updated after its user moved to another page.
        var target = conversations.OfActivity(id);
        if (target is null || !target.Replace(id, PlaygroundActivities.FromBot(activity, target), time.GetUtcNow(), PlaygroundActivities.TagCardActions))
        {
            throw new ConnectorException($"No activity {id} in the playground.", 404, "ActivityNotFound");
        }
        return Task.CompletedTask;
    }

    public Task<ConversationReference> CreatePersonalConversationAsync(ConversationReference anyConversationOfTenant, string userChannelId, CancellationToken cancellationToken)
    {
        var target = conversations.LatestOf(userChannelId) ?? conversations.Start(userChannelId, null, null);
        return Task.FromResult(anyConversationOfTenant with
        {
            ChannelId = PlaygroundChannel.ChannelId,
            ServiceUrl = PlaygroundChannel.ServiceUrl,
            ConversationId = target.Id,
            ConversationType = "personal",
            UserChannelId = userChannelId,
        });
    }
}
