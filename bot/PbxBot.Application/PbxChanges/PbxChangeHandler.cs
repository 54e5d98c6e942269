using Microsoft.Extensions.Logging;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Application.PhoneSystem;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// Applies one pending change to the PBX (the outbox calls it, with retries, backoff and jitter). Changes of one
/// extension or department go in the order they were confirmed; a change waits for the department it needs. Then the
/// outcome is recorded with what goes with it — the PBX's id of the new user, the welcome e-mail now that the PBX
/// has the user, the extension removed once the PBX removed it — and the operator's card is updated in place.
/// </summary>
public sealed class PbxChangeHandler(
    IPbxStore store,
    PbxRepository repository,
    IPhoneSystems phoneSystems,
    PbxChangeOutcomes outcomes,
    TimeProvider time,
    ILogger<PbxChangeHandler> logger) : IOutboxHandler
{
    private readonly ExtensionOnPbx extensions = new(new PbxGroupIds(repository, store));

    public OutboxKind Kind => OutboxKind.PbxChange;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync<PbxChange>(message.PbxId, PbxChangeDocument.IdOf(message.Payload), cancellationToken);
        if (stored is null || !stored.Value.IsOpen)
        {
            return; // discarded, or applied by an earlier delivery of this message
        }
        var change = stored.Value;
        await WaitForEarlierChangesAsync(change, cancellationToken);
        var phone = phoneSystems.For(change.PbxId);
        int? entityId;
        try
        {
            entityId = change.Kind switch
            {
                PbxChangeKind.CreateExtension => await extensions.CreateAsync(change, phone, cancellationToken),
                PbxChangeKind.UpdateExtension => await extensions.UpdateAsync(change, phone, cancellationToken),
                PbxChangeKind.DeleteExtension => await ExtensionOnPbx.DeleteAsync(change, phone, cancellationToken),
                PbxChangeKind.CreateDepartment => await DepartmentOnPbx.CreateAsync(change, phone, cancellationToken),
                PbxChangeKind.UpdateDepartment => await DepartmentOnPbx.UpdateAsync(change, phone, cancellationToken),
                PbxChangeKind.DeleteDepartment => await DepartmentOnPbx.DeleteAsync(change, phone, cancellationToken),
                _ => throw new PermanentDeliveryException($"unknown change kind {change.Kind}"),
            };
        }
        catch (PbxRefusedException refusal)
        {
            logger.LogWarning("The PBX refused change {ChangeId} ({Kind} {Target}): {Reason}", change.Id, change.Kind, change.Target, refusal.Message);
            await outcomes.RecordAsync(stored, change with
            {
                Status = PbxChangeStatus.Refused,
                DoneAt = time.GetUtcNow(),
                Reason = refusal.Reason,
                RefusalField = refusal.Field,
            }, [], cancellationToken);
            throw new PermanentDeliveryException($"refused by the PBX: {refusal.Reason}", refusal);
        }
        catch (PbxUnavailableException unavailable)
        {
            throw new RetryLaterException(unavailable.Message, unavailable.RetryAfter ?? TimeSpan.Zero, countsAsAttempt: true, unavailable);
        }
        var applied = change with { Status = PbxChangeStatus.Applied, DoneAt = time.GetUtcNow(), PbxEntityId = entityId, Reason = null, RefusalField = null };
        await outcomes.RecordAsync(stored, applied, await WithItAsync(applied, cancellationToken), cancellationToken);
        logger.LogInformation("Change {ChangeId} ({Kind} {Target}) applied on PBX {PbxId}{Demo}", change.Id, change.Kind, change.Target, change.PbxId, phone.IsDemo ? " (demo)" : "");
    }

    /// <summary>Silent: the operator's card says what happened (<see cref="PbxChangeOutcomes"/>).</summary>
    public Task<string?> DescribeFailureAsync(OutboxMessage failed, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>Changes of one target are applied in the order they were confirmed; one refused earlier stops the later ones.</summary>
    private async Task WaitForEarlierChangesAsync(PbxChange change, CancellationToken ct)
    {
        var earlier = (await store.QueryAsync<PbxChange>(change.PbxId, new DocumentQuery(PbxChangeDocument.Kind) { Parent = change.Target, Max = 100 }, ct))
            .Select(c => c.Value)
            .Where(c => c.Id != change.Id && (c.RequestedAt < change.RequestedAt || (c.RequestedAt == change.RequestedAt && string.CompareOrdinal(c.Id, change.Id) < 0)))
            .ToArray();
        if (earlier.Any(c => c.IsOpen))
        {
            throw new RetryLaterException($"an earlier change of {change.Target} is still on its way", TimeSpan.FromSeconds(1), countsAsAttempt: false);
        }
        if (earlier.Any(c => c.AwaitsOperator))
        {
            throw new PbxRefusedException(null, PbxChangeTexts.EarlierChangeRefused.Format(change.Language, change.Target), 409, "EARLIER_CHANGE_REFUSED");
        }
    }

    /// <summary>What the store records with an applied change: the PBX's ids, the removal, the welcome e-mail.</summary>
    private async Task<List<Change>> WithItAsync(PbxChange applied, CancellationToken ct)
    {
        var changes = new List<Change>();
        switch (applied.Kind)
        {
            case PbxChangeKind.CreateExtension or PbxChangeKind.UpdateExtension when PbxChangeCards.Read<Extension>(applied.After) is { } e:
                if (await repository.GetExtensionAsync(applied.PbxId, e.Number, ct) is { } current && current.Value.PbxUserId != applied.PbxEntityId)
                {
                    changes.Add(ExtensionDocument.Replace(current.Value with { PbxUserId = applied.PbxEntityId }, current.ETag));
                }
                if (applied.SendWelcomeEmail && e.EmailAddress is not null)
                {
                    var language = (await repository.GetSettingsAsync(applied.PbxId, ct))?.Value.DefaultLanguage ?? Language.French;
                    changes.Add(OutboxDocument.Enqueue(WelcomeEmailService.NewWelcomeEmail(applied.PbxId, e.Number, language, time.GetUtcNow(), applied.Notify)));
                }
                break;
            case PbxChangeKind.DeleteExtension when PbxChangeCards.Read<Extension>(applied.Before) is { } e:
                if (await repository.GetExtensionAsync(applied.PbxId, e.Number, ct) is { } gone)
                {
                    changes.AddRange(await repository.ExtensionDeleteChangesAsync(applied.PbxId, gone, ct));
                }
                break;
            case PbxChangeKind.CreateDepartment or PbxChangeKind.UpdateDepartment when PbxChangeCards.Read<Department>(applied.After) is { } d:
                if (await store.GetAsync<Department>(applied.PbxId, DocumentKinds.DepartmentId(d.Key), ct) is { } department && department.Value.PbxGroupId != applied.PbxEntityId)
                {
                    changes.Add(PbxRepository.DepartmentReplace(department.Value with { PbxGroupId = applied.PbxEntityId }, department.ETag));
                }
                break;
            case PbxChangeKind.DeleteDepartment when PbxChangeCards.Read<Department>(applied.Before) is { } d:
                changes.AddRange(await repository.DepartmentDeleteChangesAsync(applied.PbxId, d.Key, ct));
                break;
        }
        return changes;
    }
}
