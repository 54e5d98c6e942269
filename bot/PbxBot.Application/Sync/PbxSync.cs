using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Mail;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.PhoneSystem;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Sync;

/// <summary>
/// Makes the store's copy of a PBX what the PBX says — its groups, its DIDs, then its users page by page — so that the
/// rules (first free number, taken numbers, department names, free DIDs) reflect the real PBX, changes made by hand in
/// the 3CX console included. Memory stays bounded whatever the PBX's size: one page of users at a time, the used
/// numbers as compact intervals. Extensions and departments with a change of PbxBot's still on its way to the PBX are
/// left alone (PbxBot's copy is then ahead of the PBX). What changed is audited as "sync".
/// </summary>
public sealed class PbxSync(IPbxStore store, PbxRepository repository, IPhoneSystems phoneSystems, TimeProvider time, ILogger<PbxSync> logger)
{
    /// <summary>Users read from the PBX per request (and per store round trip of the import).</summary>
    public const int PageSize = 500;

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<PbxSyncReport?> SyncAsync(string pbxId, CancellationToken ct)
    {
        var phone = phoneSystems.For(pbxId);
        if (phone.IsDemo)
        {
            return null; // nothing to read: the demo PBX is the store
        }
        await OneAtATime.WaitAsync(ct);
        var watch = Stopwatch.StartNew();
        try
        {
            var run = new Run(pbxId, await OpenOrUpdateSettingsAsync(phone, ct), time.GetUtcNow());
            await LoadPendingAsync(run, ct);
            var report = await SyncDepartmentsAsync(run, phone, ct);
            var pool = await ReadDidPoolAsync(phone, ct);
            report = await SyncExtensionsAsync(run, phone, pool, report, ct);
            report = await SyncDidsAsync(run, pool, report, ct);
            report = await RemoveDepartmentsGoneAsync(run, report, ct);
            report = report with { Took = watch.Elapsed, Skipped = run.Skipped };
            await SaveStateAsync(pbxId, s => s with { LastSyncedAt = run.Now, LastAttemptAt = run.Now, LastError = null, LastReport = report }, ct);
            if (report.Changes > 0)
            {
                await repository.CommitAsync(pbxId, [PbxRepository.AuditChange(AuditEntries.ForSync(pbxId, "pbx.synced", $"pbx:{pbxId}", null, report, run.Now))], ct);
            }
            logger.LogInformation("PBX {PbxId} synced in {Took}: {Users} users, {Departments} departments, {Dids} DIDs; {Changes} changes, {Skipped} left for pending changes",
                pbxId, watch.Elapsed, report.Users, report.Departments, report.Dids, report.Changes, report.Skipped);
            return report;
        }
        catch (Exception e) when (e is PhoneSystemException or StoreException)
        {
            logger.LogWarning(e, "PBX {PbxId} could not be synced", pbxId);
            await TrySaveErrorAsync(pbxId, e.Message, ct);
            throw;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    public async Task<PbxSyncState?> GetStateAsync(string pbxId, CancellationToken ct) =>
        (await store.GetAsync<PbxSyncState>(pbxId, PbxSyncState.DocumentId, ct))?.Value;

    /// <summary>The PBX's settings: created at the first sync from configuration and the PBX's own facts.</summary>
    private async Task<PbxSettings> OpenOrUpdateSettingsAsync(IPhoneSystem phone, CancellationToken ct)
    {
        var profile = phone.Profile;
        var stored = await repository.GetSettingsAsync(profile.PbxId, ct);
        var info = stored is null || profile.NumberRange is null ? await phone.GetInfoAsync(ct) : null;
        var range = profile.NumberRange ?? (stored?.Value.DialPlan.Ranges is { Count: > 0 } ranges ? ranges[0] : (NumberRange?)null) ?? RangeOf(info?.ExtensionLength ?? 3);
        var settings = (stored?.Value ?? new PbxSettings
        {
            Id = profile.PbxId,
            DisplayName = profile.DisplayName ?? info?.Fqdn ?? profile.Url.Host,
            Country = profile.Country,
            DefaultLanguage = info?.Language is { } language && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.French,
            DialPlan = DialPlan.Single(range.First, range.Last),
            WebClientUrl = profile.Url,
            TimeZoneId = profile.TimeZoneId,
        }) with
        {
            Country = profile.Country,
            WebClientUrl = profile.Url,
            DialPlan = profile.NumberRange is { } configured ? DialPlan.Single(configured.First, configured.Last) : stored?.Value.DialPlan ?? DialPlan.Single(range.First, range.Last),
        };
        if (stored is null || stored.Value.Country != settings.Country || stored.Value.WebClientUrl != settings.WebClientUrl
            || !stored.Value.DialPlan.Ranges.SequenceEqual(settings.DialPlan.Ranges))
        {
            await repository.SaveSettingsAsync(settings, stored?.ETag, ct);
        }
        return settings;
    }

    private static NumberRange RangeOf(int length) => length is >= 2 and <= 9
        ? new NumberRange((int)Math.Pow(10, length - 1), (int)Math.Pow(10, length) - 1)
        : new NumberRange(100, 999);

    /// <summary>What a change of PbxBot's is still carrying to the PBX: the sync must not undo it.</summary>
    private async Task LoadPendingAsync(Run run, CancellationToken ct)
    {
        foreach (var status in new[] { PbxChangeStatus.Pending, PbxChangeStatus.Refused, PbxChangeStatus.Unreachable })
        {
            var open = await store.QueryAsync<PbxChange>(run.PbxId, new DocumentQuery(PbxChangeDocument.Kind) { Tag = PbxChangeDocument.Tag(status), Max = 5000 }, ct);
            foreach (var change in open)
            {
                run.PendingTargets.Add(change.Value.Target);
            }
        }
        run.FirstSync = await store.GetAsync<PbxSyncState>(run.PbxId, PbxSyncState.DocumentId, ct) is not { Value.LastSyncedAt: not null };
    }

    private async Task<PbxSyncReport> SyncDepartmentsAsync(Run run, IPhoneSystem phone, CancellationToken ct)
    {
        var stored = (await store.QueryAsync<Department>(run.PbxId, new DocumentQuery(DocumentKinds.Department) { Max = 5000 }, ct)).ToList();
        var report = new PbxSyncReport();
        var batch = new Batch(store, run.PbxId);
        await foreach (var page in phone.ReadGroupsAsync(PageSize, ct))
        {
            foreach (var group in page)
            {
                var current = stored.FirstOrDefault(d => d.Value.PbxGroupId == group.Id)
                    ?? stored.FirstOrDefault(d => d.Value.PbxGroupId is null && d.Value.Key == DepartmentKey.From(group.Name));
                var department = PbxCopy.ToDepartment(group, current?.Value);
                if (department.Key.Length == 0)
                {
                    continue;
                }
                run.DepartmentOfGroup[group.Id] = department.Key;
                run.SeenDepartments.Add(department.Key);
                if (group.IsDefault || run.DefaultDepartment is null)
                {
                    run.DefaultDepartment = department.Key;
                }
                report = report with { Departments = report.Departments + 1 };
                var target = $"department:{department.Key}";
                if (run.PendingTargets.Contains(target))
                {
                    run.Skipped++;
                    continue;
                }
                if (current is null)
                {
                    await batch.AddAsync([new Change.Create(PbxRepository.DepartmentDocument(department)), .. Audit(run, "department.synced", target, null, department)], ct);
                    report = report with { DepartmentsAdded = report.DepartmentsAdded + 1 };
                }
                else if (!PbxCopy.Same(current.Value, department))
                {
                    await batch.AddAsync([PbxRepository.DepartmentReplace(department, current.ETag), .. Audit(run, "department.synced", target, current.Value, department)], ct);
                    report = report with { DepartmentsChanged = report.DepartmentsChanged + 1 };
                }
            }
        }
        await batch.FlushAsync(ct);
        run.StoredDepartments = stored.Select(d => d.Value.Key).ToHashSet(StringComparer.Ordinal);
        return report;
    }

    private static async Task<HashSet<string>> ReadDidPoolAsync(IPhoneSystem phone, CancellationToken ct)
    {
        var pool = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var page in phone.ReadDidsAsync(PageSize, ct))
        {
            pool.UnionWith(page);
        }
        return pool;
    }

    private async Task<PbxSyncReport> SyncExtensionsAsync(Run run, IPhoneSystem phone, HashSet<string> pool, PbxSyncReport report, CancellationToken ct)
    {
        var before = (await repository.GetUsedNumbersAsync(run.PbxId, ct)).Value;
        var seen = UsedNumbers.Empty;
        await foreach (var page in phone.ReadUsersAsync(PageSize, ct))
        {
            var storedPage = await store.GetManyAsync<Extension>(run.PbxId, page.Select(u => DocumentKinds.ExtensionId(u.Number)).Distinct().ToArray(), ct);
            var updates = new List<(Stored<Extension>? Stored, Extension Extension)>();
            foreach (var user in page)
            {
                var stored = storedPage.GetValueOrDefault(DocumentKinds.ExtensionId(user.Number));
                if (PbxCopy.ToExtension(user, run.DepartmentOfGroup, run.DefaultDepartment ?? "default", pool, stored?.Value) is not { } extension)
                {
                    continue;
                }
                report = report with { Users = report.Users + 1 };
                seen = seen.With(int.Parse(extension.Number, System.Globalization.CultureInfo.InvariantCulture));
                if (extension.Did is { } did)
                {
                    run.DidOwner[did] = extension.Number;
                }
                if (run.PendingTargets.Contains($"extension:{extension.Number}"))
                {
                    run.Skipped++;
                    continue;
                }
                if (stored is null || !PbxCopy.Same(stored.Value, extension))
                {
                    updates.Add((stored, extension));
                }
            }
            report = await WriteExtensionsAsync(run, updates, report, ct);
        }
        // Gone from the PBX: removed here too, unless PbxBot is still creating them there.
        foreach (var range in before.Intervals)
        {
            for (var n = range.First; n <= range.Last; n++)
            {
                var number = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (seen.Contains(n) || run.PendingTargets.Contains($"extension:{number}"))
                {
                    continue;
                }
                if (await repository.GetExtensionAsync(run.PbxId, number, ct) is { } gone)
                {
                    await CommitWithNumberingAsync(run, async () =>
                        [.. await repository.ExtensionDeleteChangesAsync(run.PbxId, gone, ct), .. Audit(run, "extension.synced", $"extension:{number}", gone.Value, null)], ct);
                    report = report with { ExtensionsRemoved = report.ExtensionsRemoved + 1 };
                }
            }
        }
        return report;
    }

    /// <summary>One page's new and changed extensions with their memberships, the number plan following them, in commits of bounded size.</summary>
    private async Task<PbxSyncReport> WriteExtensionsAsync(Run run, List<(Stored<Extension>? Stored, Extension Extension)> updates, PbxSyncReport report, CancellationToken ct)
    {
        if (updates.Count == 0)
        {
            return report;
        }
        // Which membership documents exist, exactly: a commit that deletes a missing one, or creates an existing one, fails.
        var membershipIds = updates
            .SelectMany(u => (u.Stored?.Value.AllMemberships() ?? []).Concat(u.Extension.AllMemberships()).Select(m => DocumentKinds.MembershipId(m.Department, u.Extension.Number)))
            .Distinct(StringComparer.Ordinal).ToArray();
        var memberships = new Dictionary<string, Stored<DepartmentMember>>(StringComparer.Ordinal);
        foreach (var chunk in membershipIds.Chunk(IPbxStore.MaxGetMany))
        {
            foreach (var (id, stored) in await store.GetManyAsync<DepartmentMember>(run.PbxId, chunk, ct))
            {
                memberships[id] = stored;
            }
        }
        foreach (var chunk in updates.Chunk(15))
        {
            var changes = new List<Change>();
            foreach (var (stored, extension) in chunk)
            {
                var target = $"extension:{extension.Number}";
                changes.Add(stored is null ? new Change.Create(ExtensionDocument.Of(extension)) : ExtensionDocument.Replace(extension, stored.ETag));
                var now = extension.AllMemberships();
                foreach (var membershipId in membershipIds.Where(id => id.EndsWith("-" + extension.Number, StringComparison.Ordinal)))
                {
                    var department = membershipId["mem-".Length..^(extension.Number.Length + 1)];
                    var wanted = now.FirstOrDefault(m => m.Department == department);
                    var existing = memberships.GetValueOrDefault(membershipId);
                    if (wanted is null && existing is not null)
                    {
                        changes.Add(new Change.Delete(membershipId, existing.ETag));
                    }
                    else if (wanted is not null && (existing is null || existing.Value.Role != wanted.Role))
                    {
                        changes.Add(new Change.Upsert(PbxRepository.MembershipDocument(department, new DepartmentMember(extension.Number, wanted.Role))));
                    }
                }
                changes.AddRange(Audit(run, "extension.synced", target, stored?.Value, extension));
                report = stored is null
                    ? report with { ExtensionsAdded = report.ExtensionsAdded + 1 }
                    : report with { ExtensionsChanged = report.ExtensionsChanged + 1 };
            }
            var added = chunk.Where(u => u.Stored is null).Select(u => int.Parse(u.Extension.Number, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            await CommitWithNumberingAsync(run, () => Task.FromResult<IReadOnlyList<Change>>(changes), ct, added);
        }
        return report;
    }

    /// <summary>
    /// Commits <paramref name="changes"/> with the number plan updated (numbers removed by deletes are freed, <paramref name="added"/>
    /// taken); when a wizard took a number meanwhile, the plan is read again and the commit retried.
    /// </summary>
    private async Task CommitWithNumberingAsync(Run run, Func<Task<IReadOnlyList<Change>>> changes, CancellationToken ct, int[]? added = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var built = await changes();
            var numbering = await repository.GetUsedNumbersAsync(run.PbxId, ct);
            var plan = numbering.Value;
            foreach (var n in added ?? [])
            {
                plan = plan.With(n);
            }
            // A delete's own numbering change (ExtensionDeleteChangesAsync) already carries the plan: keep one.
            var withoutPlan = built.Where(c => c.Id != DocumentKinds.NumberingId).ToList();
            if (built.FirstOrDefault(c => c.Id == DocumentKinds.NumberingId) is { } fromDelete && (added?.Length ?? 0) == 0)
            {
                withoutPlan.Add(fromDelete);
            }
            else if (plan != numbering.Value)
            {
                withoutPlan.Add(PbxRepository.NumberingChange(numbering, plan));
            }
            try
            {
                await store.CommitAsync(run.PbxId, withoutPlan, ct);
                return;
            }
            catch (StoreException e) when (attempt < 5 && e is StoreConcurrencyException { DocumentId: var id } && id == DocumentKinds.NumberingId)
            {
            }
        }
    }

    private async Task<PbxSyncReport> SyncDidsAsync(Run run, HashSet<string> pool, PbxSyncReport report, CancellationToken ct)
    {
        var stored = await store.QueryAsync<Did>(run.PbxId, new DocumentQuery(DocumentKinds.Did) { Max = 10_000 }, ct);
        var batch = new Batch(store, run.PbxId);
        foreach (var did in pool)
        {
            var current = stored.FirstOrDefault(d => d.Value.Number == did);
            var owner = run.DidOwner.GetValueOrDefault(did);
            // Assigned in PbxBot to an extension whose change is still on its way: PbxBot's copy is ahead.
            if (current?.Value.AssignedTo is { } assigned && run.PendingTargets.Contains($"extension:{assigned}"))
            {
                continue;
            }
            var wanted = new Did { Number = did, AssignedTo = owner };
            if (current is null)
            {
                await batch.AddAsync([new Change.Create(PbxRepository.DidDocument(wanted))], ct);
            }
            else if (current.Value.AssignedTo != owner)
            {
                await batch.AddAsync([new Change.Replace(PbxRepository.DidDocument(wanted), current.ETag)], ct);
            }
            else
            {
                continue;
            }
            report = report with { DidsChanged = report.DidsChanged + 1 };
        }
        foreach (var gone in stored.Where(d => !pool.Contains(d.Value.Number)
            && !(d.Value.AssignedTo is { } assigned && run.PendingTargets.Contains($"extension:{assigned}"))))
        {
            await batch.AddAsync([new Change.Delete(DocumentKinds.DidId(gone.Value.Number), gone.ETag)], ct);
            report = report with { DidsChanged = report.DidsChanged + 1 };
        }
        await batch.FlushAsync(ct);
        return report with { Dids = pool.Count };
    }

    private async Task<PbxSyncReport> RemoveDepartmentsGoneAsync(Run run, PbxSyncReport report, CancellationToken ct)
    {
        foreach (var key in run.StoredDepartments.Where(k => !run.SeenDepartments.Contains(k) && !run.PendingTargets.Contains($"department:{k}")))
        {
            var changes = await repository.DepartmentDeleteChangesAsync(run.PbxId, key, ct);
            foreach (var chunk in changes.Chunk(IPbxStore.MaxChangesPerCommit - 1))
            {
                await store.CommitAsync(run.PbxId, chunk, ct);
            }
            await store.CommitAsync(run.PbxId, [.. Audit(run, "department.synced", $"department:{key}", key, null)], ct);
            report = report with { DepartmentsRemoved = report.DepartmentsRemoved + 1 };
        }
        return report;
    }

    /// <summary>An audit entry per change the PBX brought in — except at the very first import, summed up in one entry instead.</summary>
    private static IEnumerable<Change> Audit(Run run, string action, string target, object? before, object? after)
    {
        if (run.FirstSync)
        {
            yield break;
        }
        yield return PbxRepository.AuditChange(AuditEntries.ForSync(run.PbxId, action, target, Redacted(before), Redacted(after), run.Now));
    }

    private static object? Redacted(object? value) => value is Extension e ? e with { Credential = null, WebClientPasswordHash = null } : value;

    private async Task SaveStateAsync(string pbxId, Func<PbxSyncState, PbxSyncState> update, CancellationToken ct)
    {
        var stored = await store.GetAsync<PbxSyncState>(pbxId, PbxSyncState.DocumentId, ct);
        var next = update(stored?.Value ?? new PbxSyncState());
        var document = new PbxDocument(PbxSyncState.DocumentId, PbxSyncState.Kind, next);
        await store.CommitAsync(pbxId, [stored is null ? new Change.Create(document) : new Change.Replace(document, stored.ETag)], ct);
    }

    private async Task TrySaveErrorAsync(string pbxId, string error, CancellationToken ct)
    {
        try
        {
            await SaveStateAsync(pbxId, s => s with { LastAttemptAt = time.GetUtcNow(), LastError = error }, ct);
        }
        catch (StoreException e)
        {
            logger.LogWarning(e, "Could not record the failed sync of PBX {PbxId}", pbxId);
        }
    }

    /// <summary>One sync's working state: small whatever the PBX's size (no user is kept beyond its page).</summary>
    private sealed class Run(string pbxId, PbxSettings settings, DateTimeOffset now)
    {
        public string PbxId { get; } = pbxId;

        public PbxSettings Settings { get; } = settings;

        public DateTimeOffset Now { get; } = now;

        public bool FirstSync { get; set; }

        public HashSet<string> PendingTargets { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, string> DepartmentOfGroup { get; } = [];

        public HashSet<string> SeenDepartments { get; } = new(StringComparer.Ordinal);

        public HashSet<string> StoredDepartments { get; set; } = new(StringComparer.Ordinal);

        public string? DefaultDepartment { get; set; }

        public Dictionary<string, string> DidOwner { get; } = new(StringComparer.Ordinal);

        public int Skipped { get; set; }
    }

    /// <summary>Store writes grouped into commits of at most <see cref="IPbxStore.MaxChangesPerCommit"/>; one entity's writes stay together.</summary>
    private sealed class Batch(IPbxStore store, string pbxId)
    {
        private readonly List<Change> changes = [];

        public async Task AddAsync(IReadOnlyList<Change> entity, CancellationToken ct)
        {
            if (changes.Count + entity.Count > IPbxStore.MaxChangesPerCommit)
            {
                await FlushAsync(ct);
            }
            changes.AddRange(entity);
        }

        public async Task FlushAsync(CancellationToken ct)
        {
            if (changes.Count > 0)
            {
                await store.CommitAsync(pbxId, [.. changes], ct);
                changes.Clear();
            }
        }
    }
}
