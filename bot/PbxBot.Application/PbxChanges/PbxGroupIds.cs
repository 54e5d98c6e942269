using PbxBot.Application.Outbox;
using PbxBot.Application.PhoneSystem;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// The PBX's group id of each department a change needs, from the store's copy. A department still being created
/// on the PBX makes the change wait for it; one the PBX has never had is a refusal the operator can read.
/// </summary>
internal sealed class PbxGroupIds(PbxRepository repository, IPbxStore store)
{
    public async Task<IReadOnlyDictionary<string, int>> ResolveAsync(PbxChange change, IPhoneSystem phone, IEnumerable<string> departmentKeys, CancellationToken ct)
    {
        var departments = (await repository.ListDepartmentsAsync(change.PbxId, ct)).ToDictionary(d => d.Key, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in departmentKeys.Distinct(StringComparer.Ordinal))
        {
            if (departments.TryGetValue(key, out var department) && department.PbxGroupId is { } known)
            {
                ids[key] = known;
                continue;
            }
            if (await IsBeingCreatedAsync(change.PbxId, key, ct))
            {
                throw new RetryLaterException($"department {key} is still being created on the PBX", TimeSpan.FromSeconds(1), countsAsAttempt: false);
            }
            // Created by hand in the console since the last sync, or data from before the PBX was connected.
            var name = department?.Name ?? key;
            var found = await phone.FindGroupAsync(name, ct)
                ?? throw new PbxRefusedException(ExtensionFields.Department, PbxChangeTexts.NoSuchGroup.Format(change.Language, name), 404, "NOT_ON_PBX");
            ids[key] = found.Id;
        }
        return ids;
    }

    private async Task<bool> IsBeingCreatedAsync(string pbxId, string departmentKey, CancellationToken ct) =>
        (await store.QueryAsync<PbxChange>(pbxId, new DocumentQuery(PbxChangeDocument.Kind)
        {
            Parent = $"department:{departmentKey}",
            Tag = PbxChangeDocument.Tag(PbxChangeStatus.Pending),
            Max = 10,
        }, ct)).Any(c => c.Value.Kind == PbxChangeKind.CreateDepartment);
}
