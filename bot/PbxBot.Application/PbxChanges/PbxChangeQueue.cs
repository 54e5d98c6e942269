using System.Text.Json;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// Puts a confirmed change on its way to the PBX: the change ("pending on the PBX") and the outbox message that applies
/// it go into the same commit as the store's new state, so a crash or a PBX outage delays the change but never loses
/// it. Wizards and approvals never call the PBX themselves.
/// </summary>
public sealed class PbxChangeQueue(IOutboxSignal outbox, CardDeliveryGate gate, TimeProvider time)
{
    /// <summary>
    /// The change and its outbox message, to add to the commit. <paramref name="origin"/> is the turn whose card tells
    /// the outcome (updated in place); until that card is delivered, the outcome waits (<see cref="CardDeliveryGate"/>).
    /// </summary>
    public PbxChangeOrder Order(Operator actor, PbxChangeKind kind, string target, string action, object? before, object? after, ChangeOrigin? origin,
        bool sendWelcomeEmail = false)
    {
        var now = time.GetUtcNow();
        var turn = origin?.Turn;
        var change = new PbxChange
        {
            Id = Guid.NewGuid().ToString("N"),
            PbxId = actor.PbxId,
            Kind = kind,
            Target = target,
            Action = action,
            RequestedAt = now,
            RequestedBy = actor.UserId,
            RequestedByName = actor.DisplayName,
            Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), StoreJson.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), StoreJson.Options),
            SendWelcomeEmail = sendWelcomeEmail,
            Notify = turn?.Conversation,
            CardMessageId = origin is { UpdatesCard: true } ? turn?.CardMessageId : null,
            Language = Languages.FromLocale(turn?.Locale),
            UniversalActions = turn?.SupportsUniversalActions ?? false,
        };
        if (origin is { UpdatesCard: true })
        {
            gate.Hold(change.Id);
        }
        return new PbxChangeOrder(change, [new Change.Create(PbxChangeDocument.Of(change)), OutboxDocument.Enqueue(ApplyMessage(change, now))]);
    }

    /// <summary>After the commit: the outbox starts at once; the card's refresh waits for the turn's card to be delivered.</summary>
    public void Committed(PbxChangeOrder order, ChangeOrigin? origin)
    {
        outbox.Notify();
        if (origin is { UpdatesCard: true, Response: { } response })
        {
            response.AfterDelivery.Add(() => gate.Release(order.Change.Id));
        }
        else
        {
            gate.Release(order.Change.Id);
        }
    }

    /// <summary>The commit failed: nothing is on its way.</summary>
    public void Abandoned(PbxChangeOrder order) => gate.Release(order.Change.Id);

    /// <summary>The outbox message that applies <paramref name="change"/> (again, for a retry).</summary>
    public static OutboxMessage ApplyMessage(PbxChange change, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        PbxId = change.PbxId,
        Kind = OutboxKind.PbxChange,
        Payload = change.Id,
        DueAtMs = now.ToUnixTimeMilliseconds(),
        CreatedAt = now,
        Subject = change.Target,
        NotifyOnFailure = change.Notify,
    };
}

/// <summary>A change about to be committed, with the store writes that carry it.</summary>
public sealed record PbxChangeOrder(PbxChange Change, IReadOnlyList<Change> Commit);

/// <summary>The turn a change comes from: its conversation is told the outcome, on the acted-on card when <see cref="UpdatesCard"/>.</summary>
public sealed record ChangeOrigin(Turn Turn, TurnResponse? Response, bool UpdatesCard = true);
