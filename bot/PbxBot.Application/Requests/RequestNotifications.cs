using Microsoft.Extensions.Options;
using PbxBot.Application.Access;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Requests;

/// <summary>Builds the outbox messages that tell approvers and requesters about a request.</summary>
public sealed class RequestNotifications(PbxRepository repository, UserDirectory users, IOptions<AccessOptions> access)
{
    public const string NoticeKind = "request-notice";

    /// <summary>One message per approver (or one for the PBX's approval channel); and whether anyone can be reached now.</summary>
    public async Task<(IReadOnlyList<OutboxMessage> Messages, bool Reachable)> ForNewRequestAsync(ExtensionRequest request, PbxSettings pbx, string botId, DateTimeOffset now, CancellationToken ct)
    {
        if (pbx.ApprovalChannel is { } channel)
        {
            return ([Message(request.PbxId, new TeamsNotification { Kind = TeamsNotificationKind.ApprovalRequest, PbxId = request.PbxId, RequestId = request.Id, Channel = channel, BotId = botId }, now)], true);
        }
        var approvers = await ApproversAsync(request, ct);
        var reachable = false;
        var messages = new List<OutboxMessage>();
        foreach (var approver in approvers)
        {
            reachable |= (await users.FindAsync(approver, ct)) is { } profile && (profile.PersonalConversation ?? profile.LastConversation) is not null;
            messages.Add(Message(request.PbxId, new TeamsNotification { Kind = TeamsNotificationKind.ApprovalRequest, PbxId = request.PbxId, RequestId = request.Id, ApproverUserId = approver, BotId = botId }, now));
        }
        return (messages, reachable);
    }

    /// <summary>The operators who may decide a request: grants of the PBX that allow it, plus the configured owners.</summary>
    public async Task<IReadOnlyList<string>> ApproversAsync(ExtensionRequest request, CancellationToken ct)
    {
        var grants = await repository.ListGrantsAsync(request.PbxId, ct);
        var owners = new List<string>();
        foreach (var owner in access.Value.BootstrapOwners)
        {
            // An owner configured by UPN is reachable once the bot has seen them (and learnt their id).
            if ((AccessOptions.IsUserPrincipalName(owner) ? await users.FindUserIdByUpnAsync(owner, ct) : owner) is { } id)
            {
                owners.Add(id);
            }
        }
        return grants
            .Where(g => new Operator(g.UserId, g.DisplayName ?? g.UserId, g).CanApprove(request))
            .Select(g => g.UserId)
            .Concat(owners)
            .Where(id => !string.Equals(id, request.RequestedBy, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>
    /// The Teams ids of the approvers the bot knows, for the card's <c>refresh.userIds</c>: Teams then asks the bot for
    /// the current card whenever one of them looks at it, so a stale card never shows Approve on a decided request.
    /// </summary>
    public async Task<IReadOnlyList<string>> RefreshUserIdsAsync(ExtensionRequest request, CancellationToken ct)
    {
        var ids = new List<string>();
        foreach (var approver in await ApproversAsync(request, ct))
        {
            if ((await users.FindAsync(approver, ct))?.ChannelUserId is { } channelUserId)
            {
                ids.Add(channelUserId);
            }
        }
        return ids;
    }

    public static OutboxMessage Decided(ExtensionRequest request, DateTimeOffset now) =>
        Message(request.PbxId, new TeamsNotification { Kind = TeamsNotificationKind.RequestDecided, PbxId = request.PbxId, RequestId = request.Id }, now);

    public static OutboxMessage RefreshCards(ExtensionRequest request, DateTimeOffset now) =>
        Message(request.PbxId, new TeamsNotification { Kind = TeamsNotificationKind.RefreshApprovalCards, PbxId = request.PbxId, RequestId = request.Id }, now);

    private static OutboxMessage Message(string pbxId, TeamsNotification notification, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        PbxId = pbxId,
        Kind = OutboxKind.TeamsNotification,
        Payload = notification.ToJson(),
        DueAtMs = now.ToUnixTimeMilliseconds(),
        CreatedAt = now,
        Subject = $"request:{notification.RequestId}",
    };
}
