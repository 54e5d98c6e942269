using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// When the outbox gives up on a change (the PBX stayed unreachable through every retry), the change is marked
/// "unreachable" and the operator is told on its card, with Retry and Discard: nothing stays pending forever.
/// </summary>
public sealed class PbxChangeFailures(IPbxStore store, PbxChangeOutcomes outcomes, TimeProvider time) : IOutboxObserver
{
    public Task OnSentAsync(OutboxMessage sent, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task OnFailedAsync(OutboxMessage failed, CancellationToken cancellationToken)
    {
        if (failed.Kind != OutboxKind.PbxChange
            || await store.GetAsync<PbxChange>(failed.PbxId, PbxChangeDocument.IdOf(failed.Payload), cancellationToken) is not { Value.IsOpen: true } stored)
        {
            return; // refused (already told), or not a change
        }
        var reason = PbxChangeTexts.Unreachable.Format(stored.Value.Language, failed.Attempts, failed.LastError ?? "?");
        await outcomes.RecordAsync(stored, stored.Value with { Status = PbxChangeStatus.Unreachable, DoneAt = time.GetUtcNow(), Reason = reason }, [], cancellationToken);
    }
}
