using PbxBot.Application.Conversations;
using PbxBot.Cards;
using PbxBot.Cards.Model;
using PbxBot.Channel.Activities;

namespace PbxBot.Channel.Connector;

/// <summary>Who an outgoing message goes to, and what it answers.</summary>
public sealed record OutgoingAddress(ConversationReference Conversation, ChannelAccount? User, string? Locale, string? ReplyToId)
{
    /// <summary>A proactive message: the conversation's user when known, no reply-to.</summary>
    public static OutgoingAddress Proactive(ConversationReference conversation) =>
        new(conversation, conversation.UserChannelId is { } user ? new ChannelAccount { Id = user } : null, null, null);
}

/// <summary>Builds the bot's message activities. Text and a card never share an activity: Teams would split them and the card's id would be lost.</summary>
public static class OutgoingActivities
{
    public static IEnumerable<Activity> For(Reply reply, OutgoingAddress address)
    {
        if (!string.IsNullOrEmpty(reply.Text))
        {
            yield return Text(reply.Text, address);
        }
        if (reply.Card is { } card)
        {
            yield return Card(card, address);
        }
    }

    public static Activity Text(string text, OutgoingAddress address)
    {
        var activity = Message(address);
        activity.Text = text;
        return activity;
    }

    public static Activity Card(AdaptiveCard card, OutgoingAddress address)
    {
        var activity = Message(address);
        activity.Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = CardJson.Embed(card) }];
        return activity;
    }

    private static Activity Message(OutgoingAddress address)
    {
        var conversation = address.Conversation;
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = conversation.ChannelId,
            ServiceUrl = conversation.ServiceUrl,
            From = new ChannelAccount { Id = conversation.BotId, Name = conversation.BotName },
            Recipient = address.User,
            Conversation = new ConversationAccount
            {
                Id = conversation.ConversationId,
                ConversationType = conversation.ConversationType,
                TenantId = conversation.TenantId,
            },
            Locale = address.Locale,
            ReplyToId = address.ReplyToId,
        };
    }
}
