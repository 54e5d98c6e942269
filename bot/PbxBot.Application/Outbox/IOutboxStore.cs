using PbxBot.Application.Stores;

namespace PbxBot.Application.Outbox;

/// <summary>
/// The outbox side of the store, for the delivery worker. Messages are written by
/// <see cref="IPbxStore.CommitAsync"/> (kind <see cref="DocumentKinds.Outbox"/>, tag <c>due</c> while not done).
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Claims up to <paramref name="max"/> messages that are due (queued, or sending with an expired lease) by
    /// setting status Sending, <paramref name="workerId"/> and a lease, each guarded by its ETag: a message is
    /// claimed by exactly one worker even when several run at once. Looks across every PBX.
    /// </summary>
    Task<IReadOnlyList<Stored<OutboxMessage>>> ClaimDueAsync(string workerId, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Stores the outcome of a claimed message if the claim still holds (ETag); otherwise a concurrency failure.</summary>
    Task<string> CompleteAsync(Stored<OutboxMessage> claimed, OutboxMessage outcome, CancellationToken cancellationToken);

    /// <summary>The outbox messages about one subject (e.g. <c>extension:105</c>), newest first: the delivery status.</summary>
    Task<IReadOnlyList<Stored<OutboxMessage>>> ListBySubjectAsync(string pbxId, string subject, int max, CancellationToken cancellationToken);
}
