using PbxBot.Application.Conversations;

namespace PbxBot.Channel.Connector;

/// <summary>Messages people outside a turn through their stored conversation reference (Connector, or a local sink).</summary>
internal sealed class ProactiveMessenger(ActivitySinks sinks) : IProactiveMessenger
{
    public async Task<string?> SendAsync(ConversationReference conversation, Reply reply, CancellationToken cancellationToken)
    {
        var sink = sinks.For(conversation);
        string? id = null;
        foreach (var activity in OutgoingActivities.For(reply, OutgoingAddress.Proactive(conversation)))
        {
            // With text and a card, the card's id is the one worth keeping (it is what gets updated later).
            id = await sink.SendAsync(conversation, activity, cancellationToken);
        }
        return id;
    }

    public async Task UpdateAsync(ConversationReference conversation, string messageId, Reply reply, CancellationToken cancellationToken)
    {
        var address = OutgoingAddress.Proactive(conversation);
        var activity = reply.Card is { } card
            ? OutgoingActivities.Card(card, address)
            : OutgoingActivities.Text(reply.Text ?? string.Empty, address);
        activity.Id = messageId;
        await sinks.For(conversation).UpdateAsync(conversation, activity, cancellationToken);
    }

    public Task<ConversationReference> CreatePersonalConversationAsync(ConversationReference anyConversationOfTenant, string userChannelId, CancellationToken cancellationToken) =>
        sinks.For(anyConversationOfTenant).CreatePersonalConversationAsync(anyConversationOfTenant, userChannelId, cancellationToken);
}
