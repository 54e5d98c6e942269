using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;

namespace PbxBot.Application.Sync;

/// <summary>
/// Runs a sync an operator asked for (« synchroniser »), in the outbox rather than in the turn — a PBX of 10,000 users
/// takes longer than Teams waits for an answer — and tells them what changed. A PBX that cannot be reached is retried
/// with backoff; if it never answers, the operator is told why.
/// </summary>
public sealed class PbxSyncHandler(PbxSync sync, PbxRepository repository, IProactiveMessenger messenger) : IOutboxHandler
{
    public OutboxKind Kind => OutboxKind.PbxSync;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var order = PbxSyncOrder.FromJson(message.Payload);
        var report = await sync.SyncAsync(order.PbxId, cancellationToken);
        if (report is not null && message.NotifyOnFailure is { } conversation)
        {
            var name = (await repository.GetSettingsAsync(order.PbxId, cancellationToken))?.Value.DisplayName ?? order.PbxId;
            await messenger.SendAsync(conversation, Reply.Of(PbxSyncTexts.Describe(report, name, order.Language)), cancellationToken);
        }
    }

    public async Task<string?> DescribeFailureAsync(OutboxMessage failed, CancellationToken cancellationToken)
    {
        var order = PbxSyncOrder.FromJson(failed.Payload);
        var name = (await repository.GetSettingsAsync(order.PbxId, cancellationToken))?.Value.DisplayName ?? order.PbxId;
        return PbxSyncTexts.Failed.Format(order.Language, name, failed.LastError?.TrimEnd('.') ?? "?");
    }
}
