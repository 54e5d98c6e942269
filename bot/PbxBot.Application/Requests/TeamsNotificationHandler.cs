using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Application.Requests;

/// <summary>
/// Delivers Teams notifications from the outbox: approval cards (to the approval channel, or each approver's
/// personal chat — opened with the Connector's create-conversation when the bot has none yet), outcomes to the
/// requester, and the refresh of every approval card once a request is decided.
/// </summary>
public sealed class TeamsNotificationHandler(
    PbxRepository repository,
    IPbxStore store,
    UserDirectory users,
    IProactiveMessenger messenger,
    RequestViews views,
    RequestNotifications notifications,
    ILogger<TeamsNotificationHandler> logger) : IOutboxHandler
{
    public OutboxKind Kind => OutboxKind.TeamsNotification;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var n = TeamsNotification.FromJson(message.Payload);
        var request = await repository.GetRequestAsync(n.PbxId, n.RequestId, cancellationToken)
            ?? throw new PermanentDeliveryException($"Request {n.RequestId} no longer exists.");
        var pbx = (await repository.GetSettingsAsync(n.PbxId, cancellationToken))?.Value;
        var view = await views.ViewAsync(request.Value, cancellationToken);
        switch (n.Kind)
        {
            case TeamsNotificationKind.ApprovalRequest:
                await SendApprovalCardAsync(n, request.Value, view, pbx, cancellationToken);
                break;
            case TeamsNotificationKind.RequestDecided:
                var requester = await ReachAsync(request.Value.RequestedBy, cancellationToken);
                var language = request.Value.Language;
                await messenger.SendAsync(requester, Reply.Of(RequestCards.Outcome(new CardContext(language, requester.ChannelId == "msteams"), view)), cancellationToken);
                break;
            case TeamsNotificationKind.RefreshApprovalCards:
                var refreshIds = await notifications.RefreshUserIdsAsync(request.Value, cancellationToken);
                var notices = await store.QueryAsync<ApprovalNotice>(n.PbxId, new DocumentQuery(RequestNotifications.NoticeKind) { Parent = n.RequestId, Max = 100 }, cancellationToken);
                foreach (var notice in notices.Select(s => s.Value))
                {
                    var cards = new CardContext(pbx?.DefaultLanguage ?? Language.French, notice.Conversation.ChannelId == "msteams");
                    try
                    {
                        await messenger.UpdateAsync(notice.Conversation, notice.ActivityId, Reply.Of(RequestCards.ForApprovers(cards, view, refreshIds)), cancellationToken);
                    }
                    catch (ConversationUnreachableException e)
                    {
                        // One approver who blocked the bot must not stop the others' cards from showing the decision.
                        logger.LogWarning(e, "Approval card {Activity} of request {Request} could not be refreshed", notice.ActivityId, n.RequestId);
                    }
                }
                break;
        }
    }

    public Task<string?> DescribeFailureAsync(OutboxMessage failed, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    private async Task SendApprovalCardAsync(TeamsNotification n, ExtensionRequest request, Cards.Builders.RequestView view, PbxSettings? pbx, CancellationToken ct)
    {
        ConversationReference target;
        Language language;
        if (n.Channel is { } channel)
        {
            target = new ConversationReference
            {
                ChannelId = channel.ChannelId,
                ServiceUrl = channel.ServiceUrl,
                ConversationId = channel.ConversationId,
                ConversationType = "channel",
                TenantId = channel.TenantId,
                BotId = n.BotId ?? "",
            };
            language = pbx?.DefaultLanguage ?? Language.French;
        }
        else
        {
            target = await ReachAsync(n.ApproverUserId!, ct);
            language = (await users.FindAsync(n.ApproverUserId!, ct))?.Language ?? pbx?.DefaultLanguage ?? Language.French;
        }
        var refreshIds = await notifications.RefreshUserIdsAsync(request, ct);
        var card = RequestCards.ForApprovers(new CardContext(language, target.ChannelId == "msteams"), view, refreshIds);
        var activityId = await messenger.SendAsync(target, Reply.Of(card), ct);
        if (activityId is not null)
        {
            var notice = new ApprovalNotice(request.Id, target, activityId);
            await store.CommitAsync(request.PbxId,
                [new Change.Create(new PbxDocument($"notice-{request.Id}-{Guid.NewGuid():N}", RequestNotifications.NoticeKind, notice) { Parent = request.Id })], ct);
        }
    }

    /// <summary>The user's personal chat with the bot; opened with create-conversation when only another conversation is known.</summary>
    private async Task<ConversationReference> ReachAsync(string userId, CancellationToken ct)
    {
        var profile = await users.FindAsync(userId, ct)
            ?? throw new PermanentDeliveryException($"User {userId} has never talked to PbxBot: no conversation to reach them in.");
        if (profile.PersonalConversation is { } personal)
        {
            return personal;
        }
        if (profile.LastConversation is { } last)
        {
            var opened = await messenger.CreatePersonalConversationAsync(last, profile.ChannelUserId, ct);
            await users.RememberPersonalConversationAsync(userId, opened, ct);
            return opened;
        }
        throw new PermanentDeliveryException($"User {userId} has no known conversation with PbxBot.");
    }
}
