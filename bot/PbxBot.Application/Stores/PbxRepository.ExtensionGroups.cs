using System.Globalization;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Domain;

namespace PbxBot.Application.Stores;

/// <summary>
/// Extensions of one PBX are created in groups: the creates that queued while the previous group was written share
/// one read of the number plan and one commit (one round trip, one fsync), instead of taking turns on the plan one
/// commit each. Each caller gets exactly what a create of its own would have given: its extension, or
/// <see cref="NumberTakenException"/> / <see cref="DidTakenException"/>; when the store refuses the group's commit, its
/// creates are written one at a time to tell whose change it was.
/// </summary>
public sealed partial class PbxRepository
{
    /// <summary>
    /// A Cosmos DB TransactionalBatch holds at most 100 operations: a create is 4 to 6 (extension, membership, audit,
    /// welcome e-mail, DID, a request's update), plus the number plan once.
    /// </summary>
    private const int MaxCreatesPerCommit = 12;
    private const int MaxChangesPerCommit = 100;

    private async Task<IReadOnlyList<GroupedWrites<ExtensionCreate, Extension>.Outcome>> CreateGroupAsync(string pbxId, IReadOnlyList<ExtensionCreate> group)
    {
        using var numberPlan = await numberPlans.EnterAsync(pbxId, CancellationToken.None);
        if (group.Count == 1)
        {
            return [await OneAsync(group[0])];
        }
        for (var attempt = 0; ; attempt++)
        {
            var outcomes = new GroupedWrites<ExtensionCreate, Extension>.Outcome?[group.Count];
            var numbering = await GetUsedNumbersAsync(pbxId, CancellationToken.None);
            var used = numbering.Value;
            var changes = new List<Change>();
            var inCommit = new List<int>();
            var taken = new List<int>();
            var alone = new List<int>();
            var didsInGroup = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < group.Count; i++)
            {
                var create = group[i];
                var extension = create.Extension;
                var number = int.Parse(extension.Number, CultureInfo.InvariantCulture);
                if (create.CancellationToken.IsCancellationRequested)
                {
                    outcomes[i] = Failed(new OperationCanceledException(create.CancellationToken));
                    continue;
                }
                if (used.Contains(number))
                {
                    taken.Add(i);
                    continue;
                }
                var own = new List<Change>
                {
                    new Change.Create(ExtensionDocument.Of(extension)),
                    new Change.Create(MembershipDocument(extension.Department, new DepartmentMember(extension.Number, extension.Role))),
                };
                if (extension.Did is { } did)
                {
                    var current = await store.GetAsync<Did>(pbxId, DocumentKinds.DidId(did), CancellationToken.None);
                    if (current is null || !current.Value.IsFree || !didsInGroup.Add(did))
                    {
                        outcomes[i] = Failed(new DidTakenException(did));
                        continue;
                    }
                    own.Add(new Change.Replace(DidDocument(current.Value with { AssignedTo = extension.Number }), current.ETag));
                }
                own.Add(AuditChange(create.Audit));
                own.AddRange(create.Outbox.Select(OutboxDocument.Enqueue));
                own.AddRange(create.AlsoCommit ?? []);
                if (changes.Count + own.Count + 1 > MaxChangesPerCommit)
                {
                    alone.Add(i);
                    continue;
                }
                used = used.With(number);
                changes.AddRange(own);
                inCommit.Add(i);
            }
            if (inCommit.Count > 0)
            {
                changes.Add(NumberingChange(numbering, used));
                try
                {
                    await store.CommitAsync(pbxId, changes, CancellationToken.None);
                    inCommit.ForEach(i => outcomes[i] = Created(group[i].Extension));
                }
                catch (StoreException e) when (IsNumberPlan(e) && attempt < NumberingRetries)
                {
                    // Another bot instance took a number meanwhile: re-read the plan and write the group again.
                    continue;
                }
                catch (StoreException e) when (e is StoreConflictException or StoreConcurrencyException)
                {
                    // One of the group's changes was refused (a number or DID taken by another instance, a request
                    // decided meanwhile): one at a time, each caller learns about its own.
                    alone.AddRange(inCommit);
                }
            }
            if (taken.Count > 0)
            {
                var nextFree = await NextFreeAsync(pbxId, CancellationToken.None);
                taken.ForEach(i => outcomes[i] = Failed(new NumberTakenException(group[i].Extension.Number, nextFree)));
            }
            foreach (var i in alone.Order())
            {
                outcomes[i] = await OneAsync(group[i]);
            }
            return [.. outcomes.Select(o => o!.Value)];
        }
    }

    private async Task<GroupedWrites<ExtensionCreate, Extension>.Outcome> OneAsync(ExtensionCreate create)
    {
        try
        {
            return Created(await CreateOneAsync(create.Extension, create.Audit, create.Outbox, create.AlsoCommit, create.CancellationToken));
        }
        catch (Exception e)
        {
            return Failed(e);
        }
    }

    private static GroupedWrites<ExtensionCreate, Extension>.Outcome Created(Extension extension) => new(extension, null);

    private static GroupedWrites<ExtensionCreate, Extension>.Outcome Failed(Exception e) => new(null, e);

    /// <summary>What <see cref="CreateExtensionAsync"/> was asked.</summary>
    private sealed record ExtensionCreate(Extension Extension, AuditEntry Audit, IReadOnlyList<OutboxMessage> Outbox, IReadOnlyList<Change>? AlsoCommit, CancellationToken CancellationToken);
}
