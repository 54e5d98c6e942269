using System.Text.Json.Nodes;
using PbxBot.Application.Bot;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// Retry and Discard on the card of a change the PBX refused (or could not be reached for). Nothing in the card's
/// data is trusted but the change's id: the change is re-read, the operator's rights on its PBX re-checked, and its
/// state guarded by its ETag, so two presses cannot both win.
/// </summary>
public sealed class PbxChangeActions(
    IPbxStore store,
    PbxRepository repository,
    PbxChangeCards cards,
    CardDeliveryGate gate,
    IOutboxSignal outbox,
    TimeProvider time) : ICardActionHandler
{
    public bool Handles(string verb) => verb is PbxChangeCard.VerbRetry or PbxChangeCard.VerbDiscard;

    public async Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, string verb, JsonObject data, TurnResponse response, CancellationToken ct)
    {
        var language = Languages.FromLocale(turn.Locale);
        var id = CardData.Text(data, PbxChangeCard.KeyChange);
        var stored = id is null ? null : await FindAsync(operators, id, ct);
        var op = stored is null ? null : operators.FirstOrDefault(o => o.PbxId == stored.Value.PbxId);
        if (stored is null || op is null)
        {
            response.Replies.Add(Reply.Of(PbxChangeTexts.Unknown.In(language)));
            return;
        }
        var change = stored.Value;
        if (!op.CanSettleChangeBy(change.RequestedBy))
        {
            response.Replies.Add(Reply.Of(PbxChangeTexts.NotYours.In(language)));
            return;
        }
        if (!change.AwaitsOperator)
        {
            response.ReplaceCard = await cards.RenderAsync(change, ct);
            return;
        }
        try
        {
            var settled = verb == PbxChangeCard.VerbRetry ? await RetryAsync(stored, turn, ct) : await DiscardAsync(stored, op, ct);
            if (settled is null)
            {
                response.Replies.Add(Reply.Of(PbxChangeTexts.LaterChangeExists.Format(language, change.Target)));
                return;
            }
            response.ReplaceCard = await cards.RenderAsync(settled, ct);
            if (settled.IsOpen)
            {
                // The retry's outcome refreshes this card: not before this turn's own version of it is delivered.
                response.AfterDelivery.Add(() => gate.Release(settled.Id));
                outbox.Notify();
            }
        }
        catch (StoreConcurrencyException)
        {
            gate.Release(change.Id);
            var now = await store.GetAsync<PbxChange>(change.PbxId, PbxChangeDocument.IdOf(change.Id), ct);
            response.Replies.Add(Reply.Of(PbxChangeTexts.NotWaiting.Format(language, now?.Value.Status.ToString().ToLowerInvariant() ?? "?")));
        }
    }

    private async Task<Stored<PbxChange>?> FindAsync(IReadOnlyList<Operator> operators, string id, CancellationToken ct)
    {
        foreach (var pbxId in operators.Select(o => o.PbxId).Distinct(StringComparer.Ordinal))
        {
            if (await store.GetAsync<PbxChange>(pbxId, PbxChangeDocument.IdOf(id), ct) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private async Task<PbxChange> RetryAsync(Stored<PbxChange> stored, Turn turn, CancellationToken ct)
    {
        var retried = stored.Value with
        {
            Status = PbxChangeStatus.Pending,
            DoneAt = null,
            Reason = null,
            RefusalField = null,
            Notify = turn.Conversation,
            CardMessageId = turn.CardMessageId ?? stored.Value.CardMessageId,
            Language = Languages.FromLocale(turn.Locale),
            UniversalActions = turn.SupportsUniversalActions,
        };
        gate.Hold(retried.Id);
        await store.CommitAsync(retried.PbxId,
        [
            new Change.Replace(PbxChangeDocument.Of(retried), stored.ETag),
            OutboxDocument.Enqueue(PbxChangeQueue.ApplyMessage(retried, time.GetUtcNow())),
        ], ct);
        return retried;
    }

    /// <summary>
    /// Gives the change up: PbxBot's store goes back to what it was before (a new extension or department removed, a
    /// modification undone), audited. Only the latest change of its target can be, or a later one would be undone too.
    /// </summary>
    private async Task<PbxChange?> DiscardAsync(Stored<PbxChange> stored, Operator op, CancellationToken ct)
    {
        var change = stored.Value;
        var others = await store.QueryAsync<PbxChange>(change.PbxId, new DocumentQuery(PbxChangeDocument.Kind) { Parent = change.Target, Max = 100 }, ct);
        if (others.Any(o => o.Value.Id != change.Id && o.Value.RequestedAt > change.RequestedAt && o.Value.Status != PbxChangeStatus.Discarded))
        {
            return null;
        }
        var now = time.GetUtcNow();
        var discarded = change with { Status = PbxChangeStatus.Discarded, DoneAt = now };
        var audit = AuditEntries.For(op, "pbx.change_discarded", change.Target, change.After, change.Before, now);
        List<Change> commit = [new Change.Replace(PbxChangeDocument.Of(discarded), stored.ETag), PbxRepository.AuditChange(audit)];
        commit.AddRange(await UndoInStoreAsync(change, ct));
        await repository.CommitAsync(change.PbxId, commit, ct);
        return discarded;
    }

    private async Task<List<Change>> UndoInStoreAsync(PbxChange change, CancellationToken ct)
    {
        switch (change.Kind)
        {
            case PbxChangeKind.CreateExtension when PbxChangeCards.Read<Extension>(change.After) is { } e
                && await repository.GetExtensionAsync(change.PbxId, e.Number, ct) is { } created:
                return await repository.ExtensionDeleteChangesAsync(change.PbxId, created, ct);
            case PbxChangeKind.UpdateExtension when PbxChangeCards.Read<Extension>(change.Before) is { } was
                && await repository.GetExtensionAsync(change.PbxId, was.Number, ct) is { } current:
                return await repository.ExtensionUpdateChangesAsync(change.PbxId, current, was with { PbxUserId = current.Value.PbxUserId, Credential = current.Value.Credential }, ct);
            case PbxChangeKind.CreateDepartment when PbxChangeCards.Read<Department>(change.After) is { } d:
                return await repository.DepartmentDeleteChangesAsync(change.PbxId, d.Key, ct);
            case PbxChangeKind.UpdateDepartment when PbxChangeCards.Read<Department>(change.Before) is { } was
                && await repository.GetDepartmentAsync(change.PbxId, was.Key, ct) is { } current:
                var undone = was with { PbxGroupId = current.Value.PbxGroupId, Members = MembersWithout(current.Value, was, PbxChangeCards.Read<Department>(change.After) ?? was) };
                return await repository.DepartmentUpdateChangesAsync(change.PbxId, current, undone, ct);
            default:
                // A delete the PBX refused left the store as it was: nothing to undo.
                return [];
        }
    }

    /// <summary>
    /// Today's members with one change's member moves reverted (who it added leaves, who it removed comes back, roles it
    /// changed go back); members changed by anyone else since stay as they are. A change of office hours moves nobody.
    /// </summary>
    internal static IReadOnlyList<DepartmentMember> MembersWithout(Department current, Department before, Department after)
    {
        var touched = before.Members.Concat(after.Members).Except(before.Members.Intersect(after.Members)).Select(m => m.Number).ToHashSet(StringComparer.Ordinal);
        return [.. current.Members.Where(m => !touched.Contains(m.Number)), .. before.Members.Where(m => touched.Contains(m.Number))];
    }
}
