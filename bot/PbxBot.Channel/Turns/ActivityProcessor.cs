using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Channel.Activities;
using PbxBot.Channel.Connector;

namespace PbxBot.Channel.Turns;

/// <summary>
/// Runs the turn of one activity, wherever it came from (<c>/api/messages</c>, or the playground's Direct Line):
/// map → de-duplicate → call the bot → deliver → answer as the SDK does (200 empty for non-invokes, the invoke
/// response for invokes, 501 for unknown invokes, 500 when the bot throws).
/// </summary>
public sealed class ActivityProcessor(
    IBot bot,
    TurnDelivery delivery,
    ActivityDeduplicator deduplicator,
    ServiceUrlTrust trust,
    ILogger<ActivityProcessor> logger)
{
    /// <param name="activity">A parsed activity.</param>
    /// <param name="authenticated">
    /// True when a validated token vouched for this activity (and its serviceUrl): that serviceUrl may then receive
    /// the app token. False for anything else (dev mode, local channels).
    /// </param>
    /// <param name="cancellationToken">Cancels de-duplication only: a turn that started runs to its end so the
    /// wizard state is never left half-written because a channel stopped waiting.</param>
    public async Task<ActivityResult> ProcessAsync(Activity activity, bool authenticated, CancellationToken cancellationToken)
    {
        var mapping = TurnMapper.Map(activity);
        switch (mapping.Outcome)
        {
            case TurnMappingOutcome.Ignored:
                logger.LogDebug("Ignored a {Type} activity", activity.Type);
                return ActivityResult.Ok;
            case TurnMappingOutcome.UnsupportedInvoke:
                logger.LogInformation("Unsupported invoke {Name}", activity.Name);
                return ActivityResult.NotImplemented;
            case TurnMappingOutcome.Invalid:
                return ActivityResult.BadRequest(mapping.Error!);
        }
        var turn = mapping.Turn!;
        if (authenticated)
        {
            trust.Trust(turn.Conversation.ServiceUrl);
        }

        var mark = ActivityDeduplicator.KeyOf(activity);
        try
        {
            if (mark is not null && !await deduplicator.TryMarkAsync(mark, cancellationToken))
            {
                logger.LogInformation("Activity {ActivityId} in {Conversation} was already processed; redelivery ignored", turn.ActivityId, turn.Conversation.ConversationId);
                return ActivityResult.Ok;
            }
        }
        catch (StoreException e)
        {
            // Better a (rare) duplicate turn than no answer: the bot itself tells the user if the store is down.
            logger.LogWarning(e, "Could not mark activity {ActivityId} as processed; running it without de-duplication", turn.ActivityId);
            mark = null;
        }

        TurnResponse response;
        try
        {
            response = await bot.OnTurnAsync(turn, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The bot failed on {Kind} activity {ActivityId} in {Conversation}", turn.Kind, turn.ActivityId, turn.Conversation.ConversationId);
            if (mark is not null)
            {
                await ForgetAsync(mark);
            }
            return turn.IsInvoke
                ? new ActivityResult(500, InvokeResponses.Error(500, "InternalServerError", "The bot could not handle this action."))
                : new ActivityResult(500);
        }

        var invokeResponse = await delivery.DeliverAsync(turn, activity, response, CancellationToken.None);
        if (!turn.IsInvoke)
        {
            // The replies are out: what waited for them may run now.
            new ActivityResult(200) { AfterResponse = response.AfterDelivery }.RunAfterResponse();
            return ActivityResult.Ok;
        }
        // An invoke's card travels in the HTTP answer: its hooks run once that is sent.
        return new ActivityResult(200, invokeResponse) { AfterResponse = response.AfterDelivery };
    }

    private async Task ForgetAsync(string mark)
    {
        try
        {
            await deduplicator.UnmarkAsync(mark, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The mark then expires with the daily purge; until then a redelivery is ignored.
            logger.LogWarning(e, "Could not remove the processed mark {Mark} after a failed turn", mark);
        }
    }
}
