using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Cards.Model;
using PbxBot.Channel.Activities;
using PbxBot.Channel.Connector;

namespace PbxBot.Channel.Turns;

/// <summary>
/// Delivers what a turn produced. An Action.Execute invoke answers with the replacing card in the HTTP response;
/// otherwise the acted-on card is updated in place (PUT), or sent anew if that fails. Replies follow in order, each
/// as its own activity, as replies to the incoming activity.
/// </summary>
public sealed class TurnDelivery(ActivitySinks sinks, ILogger<TurnDelivery> logger)
{
    /// <summary>The invoke answer when the turn replaced no card and said nothing: Teams shows it briefly.</summary>
    public const string InvokeAcknowledgement = "OK";

    /// <summary>Teams shows an invoke's message answer in a small banner on the card: keep it to a glance.</summary>
    public const int InvokeMessageMaxLength = 200;

    /// <summary>Sends the turn's messages; returns the invoke response body for an invoke, else null.</summary>
    public async Task<JsonObject?> DeliverAsync(Turn turn, Activity incoming, TurnResponse response, CancellationToken cancellationToken)
    {
        var sink = sinks.For(turn.Conversation);
        var address = new OutgoingAddress(
            turn.Conversation,
            new ChannelAccount { Id = incoming.From?.Id, Name = incoming.From?.Name, AadObjectId = incoming.From?.AadObjectId },
            incoming.Locale,
            incoming.Id);

        var replies = response.Replies.SelectMany(reply => OutgoingActivities.For(reply, address));
        // For an invoke, Teams replaces the acted-on card with the one in the HTTP answer; replies still go as messages.
        var replacement = turn.IsInvoke ? null : response.ReplaceCard;
        await SendAsync(sink, turn, replacement, replies, address, cancellationToken);
        if (!turn.IsInvoke)
        {
            return null;
        }
        // Without a replacing card, the banner on the pressed card says what the bot said (e.g. "this card is stale")
        // rather than a bare "OK"; the full text is in the conversation too.
        return response.ReplaceCard is { } card ? InvokeResponses.Card(card) : InvokeResponses.Message(BannerOf(response));
    }

    private static string BannerOf(TurnResponse response)
    {
        var text = response.Replies.Select(r => r.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
        if (text is null)
        {
            return InvokeAcknowledgement;
        }
        return text.Length <= InvokeMessageMaxLength ? text : string.Concat(text.AsSpan(0, InvokeMessageMaxLength - 1), "…");
    }

    private async Task SendAsync(
        IActivitySink sink,
        Turn turn,
        AdaptiveCard? replacement,
        IEnumerable<Activity> replies,
        OutgoingAddress address,
        CancellationToken cancellationToken)
    {
        try
        {
            if (replacement is not null
                && (turn.CardMessageId is not { Length: > 0 } messageId || !await TryUpdateAsync(sink, turn, messageId, replacement, address, cancellationToken)))
            {
                await sink.SendAsync(turn.Conversation, OutgoingActivities.Card(replacement, address), cancellationToken);
            }
            foreach (var activity in replies)
            {
                await sink.SendAsync(turn.Conversation, activity, cancellationToken);
            }
        }
        catch (Exception e) when (e is ConnectorException or ConversationUnreachableException)
        {
            // Later replies would arrive out of order (or not at all): delivery stops at the first failure.
            logger.LogError(e, "Delivering the replies of activity {ActivityId} in {Conversation} failed", turn.ActivityId, turn.Conversation.ConversationId);
        }
    }

    private async Task<bool> TryUpdateAsync(IActivitySink sink, Turn turn, string messageId, AdaptiveCard card, OutgoingAddress address, CancellationToken cancellationToken)
    {
        var update = OutgoingActivities.Card(card, address with { ReplyToId = null });
        update.Id = messageId;
        try
        {
            await sink.UpdateAsync(turn.Conversation, update, cancellationToken);
            return true;
        }
        catch (ConnectorException e) when (e.IsClientError)
        {
            // The message may be too old or not the bot's (Web Chat cannot update): the new card is sent instead.
            logger.LogInformation("Updating card message {MessageId} failed with {Status}; sending the card as a new message", messageId, e.StatusCode);
            return false;
        }
    }
}
