using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// Records where a change ended (applied, refused, unreachable, discarded) with what goes with it, in one commit, then
/// tells the operator: their confirmation card is updated in place (or the outcome card is sent when there is no
/// card to update). Telling is best effort: the outcome is stored, and the status card shows it too.
/// </summary>
public sealed class PbxChangeOutcomes(
    IPbxStore store,
    PbxChangeCards cards,
    IProactiveMessenger messenger,
    CardDeliveryGate gate,
    IOutboxSignal outbox,
    ILogger<PbxChangeOutcomes> logger)
{
    /// <summary>How long a card refresh waits for the turn that first sends the card (<see cref="CardDeliveryGate"/>).</summary>
    private static readonly TimeSpan TurnGrace = TimeSpan.FromSeconds(10);

    /// <exception cref="StoreConcurrencyException">The change (or a document that goes with it) moved since it was read.</exception>
    public async Task RecordAsync(Stored<PbxChange> current, PbxChange outcome, IReadOnlyList<Change> withIt, CancellationToken ct)
    {
        await store.CommitAsync(outcome.PbxId, [new Change.Replace(PbxChangeDocument.Of(outcome), current.ETag), .. withIt], ct);
        if (withIt.Any(c => c is Change.Create { Document.Kind: DocumentKinds.Outbox }))
        {
            outbox.Notify();
        }
        await TellAsync(outcome, ct);
    }

    public async Task TellAsync(PbxChange change, CancellationToken ct)
    {
        if (change.Notify is not { } conversation)
        {
            return;
        }
        try
        {
            await gate.WaitAsync(change.Id, TurnGrace, ct);
            var card = Reply.Of(await cards.RenderAsync(change, ct));
            if (change.CardMessageId is { } messageId)
            {
                await messenger.UpdateAsync(conversation, messageId, card, ct);
            }
            else
            {
                await messenger.SendAsync(conversation, card, ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not tell conversation {ConversationId} that change {ChangeId} is {Status}", conversation.ConversationId, change.Id, change.Status);
        }
    }
}
