using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Stores;

/// <summary>
/// The PBX data as the wizards use it, over <see cref="IPbxStore"/>. Reads are point reads or partition-scoped
/// queries; every write is one atomic commit of the entity with what must change with it — the number plan, the
/// membership, the DID, the audit entry and the outbox messages — so nothing is ever half-written.
/// </summary>
public sealed partial class PbxRepository(IPbxStore store, RulesService rules)
{
    /// <summary>How often a create is retried when only the number plan document moved (another number was taken).</summary>
    private const int NumberingRetries = 8;

    private readonly NumberPlanGate numberPlans = new();
    private readonly GroupedWrites<ExtensionCreate, Extension> creates = new(MaxCreatesPerCommit);

    public async Task<Stored<PbxSettings>?> GetSettingsAsync(string pbxId, CancellationToken ct) =>
        await store.GetAsync<PbxSettings>(pbxId, DocumentKinds.SettingsId, ct);

    public async Task<IReadOnlyList<PbxSettings>> GetSettingsManyAsync(IEnumerable<string> pbxIds, CancellationToken ct)
    {
        var list = new List<PbxSettings>();
        foreach (var id in pbxIds.Distinct(StringComparer.Ordinal))
        {
            if (await GetSettingsAsync(id, ct) is { } s)
            {
                list.Add(s.Value);
            }
        }
        return list;
    }

    public Task SaveSettingsAsync(PbxSettings settings, string? etag, CancellationToken ct)
    {
        var doc = new PbxDocument(DocumentKinds.SettingsId, DocumentKinds.Settings, settings);
        return store.CommitAsync(settings.Id, [etag is null ? new Change.Create(doc) : new Change.Replace(doc, etag)], ct);
    }

    /// <summary>Settings, used numbers, departments and DIDs: four round trips whatever the PBX's size.</summary>
    /// <summary>The PBX as the rules see it, as of one moment (<see cref="IPbxStore.ReadSetAsync"/>): every wizard turn needs it.</summary>
    public async Task<PbxSnapshot> LoadSnapshotAsync(string pbxId, CancellationToken ct)
    {
        var set = await store.ReadSetAsync(pbxId, [DocumentKinds.SettingsId, DocumentKinds.NumberingId], [DepartmentsQuery, DidsQuery], ct);
        var settings = set.Get<PbxSettings>(DocumentKinds.SettingsId) ?? throw new StoreConcurrencyException(DocumentKinds.SettingsId);
        var numbering = set.Get<UsedNumbers>(DocumentKinds.NumberingId)?.Value ?? UsedNumbers.Empty;
        return new PbxSnapshot(settings.Value, numbering, Values(set.Query<Department>(0)), Values(set.Query<Did>(1)));
    }

    private static readonly DocumentQuery DepartmentsQuery = new(DocumentKinds.Department) { Max = 500 };
    private static readonly DocumentQuery DidsQuery = new(DocumentKinds.Did) { Max = 1000 };

    private static T[] Values<T>(IReadOnlyList<Stored<T>> stored) => stored.Select(s => s.Value).ToArray();

    public async Task<Stored<UsedNumbers>> GetUsedNumbersAsync(string pbxId, CancellationToken ct) =>
        await store.GetAsync<UsedNumbers>(pbxId, DocumentKinds.NumberingId, ct) ?? new Stored<UsedNumbers>(UsedNumbers.Empty, "");

    public Task<Stored<Extension>?> GetExtensionAsync(string pbxId, string number, CancellationToken ct) =>
        store.GetAsync<Extension>(pbxId, DocumentKinds.ExtensionId(number), ct);

    /// <summary>By number, name or e-mail, ignoring case and accents.</summary>
    public async Task<IReadOnlyList<Extension>> SearchExtensionsAsync(string pbxId, string term, int max, CancellationToken ct)
    {
        var normalised = Commands.TextNormalizer.Normalize(term);
        if (normalised.Length == 0)
        {
            return [];
        }
        var found = await store.QueryAsync<Extension>(pbxId, new DocumentQuery(DocumentKinds.Extension) { SearchTerm = normalised, Max = max }, ct);
        // An exact number first: "105" should not list 1050 before 105.
        return found.Select(s => s.Value).OrderByDescending(e => e.Number == normalised).ThenBy(e => e.Number, StringComparer.Ordinal).ToArray();
    }

    public async Task<IReadOnlyList<Department>> ListDepartmentsAsync(string pbxId, CancellationToken ct) =>
        Values(await store.QueryAsync<Department>(pbxId, DepartmentsQuery, ct));

    /// <summary>The department with its members (their membership documents).</summary>
    public async Task<Stored<Department>?> GetDepartmentAsync(string pbxId, string departmentKey, CancellationToken ct)
    {
        var department = await store.GetAsync<Department>(pbxId, DocumentKinds.DepartmentId(departmentKey), ct);
        if (department is null)
        {
            return null;
        }
        var members = await store.QueryAsync<DepartmentMember>(pbxId, new DocumentQuery(DocumentKinds.Membership) { Parent = departmentKey, Max = 1000 }, ct);
        return department with { Value = department.Value with { Members = members.Select(m => m.Value).ToArray() } };
    }

    public async Task<IReadOnlyList<Did>> ListDidsAsync(string pbxId, CancellationToken ct) =>
        Values(await store.QueryAsync<Did>(pbxId, DidsQuery, ct));

    public Task AddDidsAsync(string pbxId, IEnumerable<string> e164Numbers, CancellationToken ct) =>
        store.CommitAsync(pbxId, e164Numbers.Select(n => (Change)new Change.Create(DidDocument(new Did { Number = n }))).ToArray(), ct);

    /// <summary>
    /// Creates the extension with its number, membership, DID, audit entry and outbox messages in one commit.
    /// </summary>
    /// <exception cref="NumberTakenException">The number is in use; carries the next free one.</exception>
    /// <exception cref="DidTakenException">The DID is not free.</exception>
    public Task<Extension> CreateExtensionAsync(Extension extension, AuditEntry audit, IReadOnlyList<OutboxMessage> outbox,
        IReadOnlyList<Change>? alsoCommit, CancellationToken ct) =>
        creates.WriteAsync(audit.PbxId, new ExtensionCreate(extension, audit, outbox, alsoCommit, ct), group => CreateGroupAsync(audit.PbxId, group));

    /// <summary>One create, its number plan held by the caller (<see cref="CreateGroupAsync"/>).</summary>
    private async Task<Extension> CreateOneAsync(Extension extension, AuditEntry audit, IReadOnlyList<OutboxMessage> outbox,
        IReadOnlyList<Change>? alsoCommit, CancellationToken ct)
    {
        var pbxId = audit.PbxId;
        var number = int.Parse(extension.Number, System.Globalization.CultureInfo.InvariantCulture);
        for (var attempt = 0; ; attempt++)
        {
            var numbering = await GetUsedNumbersAsync(pbxId, ct);
            if (numbering.Value.Contains(number))
            {
                throw new NumberTakenException(extension.Number, await NextFreeAsync(pbxId, ct));
            }
            var changes = new List<Change>
            {
                new Change.Create(ExtensionDocument.Of(extension)),
                NumberingChange(numbering, numbering.Value.With(number)),
                new Change.Create(MembershipDocument(extension.Department, new DepartmentMember(extension.Number, extension.Role))),
            };
            if (extension.Did is { } did)
            {
                var current = await store.GetAsync<Did>(pbxId, DocumentKinds.DidId(did), ct);
                if (current is null || !current.Value.IsFree)
                {
                    throw new DidTakenException(did);
                }
                changes.Add(new Change.Replace(DidDocument(current.Value with { AssignedTo = extension.Number }), current.ETag));
            }
            changes.Add(AuditChange(audit));
            changes.AddRange(outbox.Select(OutboxDocument.Enqueue));
            changes.AddRange(alsoCommit ?? []);
            try
            {
                await store.CommitAsync(pbxId, changes, ct);
                return extension;
            }
            catch (StoreConflictException e) when (e.DocumentId == DocumentKinds.ExtensionId(extension.Number))
            {
                throw new NumberTakenException(extension.Number, await NextFreeAsync(pbxId, ct), e);
            }
            catch (StoreException e) when (IsNumberPlan(e) && attempt < NumberingRetries)
            {
                // Someone else took another number meanwhile (or created the PBX's first number plan): re-read the plan
                // and try again; if it was this number, the re-read says so.
            }
            catch (StoreConcurrencyException e) when (extension.Did is not null && e.DocumentId == DocumentKinds.DidId(extension.Did))
            {
                throw new DidTakenException(extension.Did, e);
            }
        }
    }

    /// <summary>Deletes the extension: frees its number and DID and removes its memberships, with the audit entry.</summary>
    public async Task DeleteExtensionAsync(string pbxId, string number, AuditEntry audit, CancellationToken ct, IReadOnlyList<Change>? alsoCommit = null)
    {
        using var numberPlan = await numberPlans.EnterAsync(pbxId, ct);
        for (var attempt = 0; ; attempt++)
        {
            var extension = await GetExtensionAsync(pbxId, number, ct) ?? throw new StoreConcurrencyException(DocumentKinds.ExtensionId(number));
            var changes = await ExtensionDeleteChangesAsync(pbxId, extension, ct);
            changes.Add(AuditChange(audit));
            changes.AddRange(alsoCommit ?? []);
            try
            {
                await store.CommitAsync(pbxId, changes, ct);
                return;
            }
            catch (StoreConcurrencyException e) when (e.DocumentId == DocumentKinds.NumberingId && attempt < NumberingRetries)
            {
            }
        }
    }

    public async Task<Extension> UpdateExtensionAsync(Stored<Extension> current, Extension updated, AuditEntry audit, IReadOnlyList<OutboxMessage> outbox, CancellationToken ct)
    {
        await store.CommitAsync(audit.PbxId, [ExtensionDocument.Replace(updated, current.ETag), AuditChange(audit), .. outbox.Select(OutboxDocument.Enqueue)], ct);
        return updated;
    }

    /// <summary>
    /// Moves the extension to <paramref name="departmentKey"/> (its primary department) with <paramref name="role"/> there;
    /// it stays a member of its other departments.
    /// </summary>
    public async Task SetPrimaryDepartmentAsync(Stored<Extension> current, string departmentKey, Role role, AuditEntry audit, CancellationToken ct,
        IReadOnlyList<Change>? alsoCommit = null)
    {
        var moved = WithPrimaryDepartment(current.Value, departmentKey, role);
        var changes = await ExtensionUpdateChangesAsync(audit.PbxId, current, moved, ct);
        changes.Add(AuditChange(audit));
        changes.AddRange(alsoCommit ?? []);
        await store.CommitAsync(audit.PbxId, changes, ct);
    }

    /// <summary>The extension with <paramref name="departmentKey"/> as its primary department, with <paramref name="role"/> there.</summary>
    public static Extension WithPrimaryDepartment(Extension extension, string departmentKey, Role role) => extension with
    {
        Department = departmentKey,
        Role = role,
        Memberships = [.. extension.AllMemberships().Where(m => m.Department != departmentKey), new Membership(departmentKey, role)],
    };

    /// <summary>
    /// The store writes that turn <paramref name="current"/> into <paramref name="updated"/> (same number): the extension,
    /// the DID it takes back or takes, and its memberships. The caller adds the audit entry and commits.
    /// </summary>
    /// <exception cref="DidTakenException">The new DID is not free.</exception>
    public async Task<List<Change>> ExtensionUpdateChangesAsync(string pbxId, Stored<Extension> current, Extension updated, CancellationToken ct)
    {
        var before = current.Value;
        var changes = new List<Change> { ExtensionDocument.Replace(updated, current.ETag) };
        if (!string.Equals(before.Did, updated.Did, StringComparison.Ordinal))
        {
            if (before.Did is { } old && await store.GetAsync<Did>(pbxId, DocumentKinds.DidId(old), ct) is { } released && released.Value.AssignedTo == before.Number)
            {
                changes.Add(new Change.Replace(DidDocument(released.Value with { AssignedTo = null }), released.ETag));
            }
            if (updated.Did is { } did)
            {
                var taken = await store.GetAsync<Did>(pbxId, DocumentKinds.DidId(did), ct);
                if (taken is null || (!taken.Value.IsFree && taken.Value.AssignedTo != updated.Number))
                {
                    throw new DidTakenException(did);
                }
                changes.Add(new Change.Replace(DidDocument(taken.Value with { AssignedTo = updated.Number }), taken.ETag));
            }
        }
        var was = before.AllMemberships();
        var now = updated.AllMemberships();
        foreach (var gone in was.Where(m => now.All(n => n.Department != m.Department)))
        {
            if (await store.GetAsync<DepartmentMember>(pbxId, DocumentKinds.MembershipId(gone.Department, before.Number), ct) is { } membership)
            {
                changes.Add(new Change.Delete(DocumentKinds.MembershipId(gone.Department, before.Number), membership.ETag));
            }
        }
        foreach (var kept in now.Where(m => !was.Contains(m)))
        {
            changes.Add(new Change.Upsert(MembershipDocument(kept.Department, new DepartmentMember(updated.Number, kept.Role))));
        }
        return changes;
    }

    /// <summary>
    /// The store writes that remove the extension: its document, its number (free again), its memberships and its DID
    /// (back in the pool). The caller adds the audit entry and commits; a moved number plan is a concurrency failure.
    /// </summary>
    public async Task<List<Change>> ExtensionDeleteChangesAsync(string pbxId, Stored<Extension> extension, CancellationToken ct)
    {
        var number = extension.Value.Number;
        var numbering = await GetUsedNumbersAsync(pbxId, ct);
        var changes = new List<Change>
        {
            new Change.Delete(DocumentKinds.ExtensionId(number), extension.ETag),
            NumberingChange(numbering, numbering.Value.Without(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture))),
        };
        foreach (var department in await ListDepartmentsAsync(pbxId, ct))
        {
            var membership = await store.GetAsync<DepartmentMember>(pbxId, DocumentKinds.MembershipId(department.Key, number), ct);
            if (membership is not null)
            {
                changes.Add(new Change.Delete(DocumentKinds.MembershipId(department.Key, number), membership.ETag));
            }
        }
        if (extension.Value.Did is { } assigned && await store.GetAsync<Did>(pbxId, DocumentKinds.DidId(assigned), ct) is { } stored && stored.Value.AssignedTo == number)
        {
            changes.Add(new Change.Replace(DidDocument(stored.Value with { AssignedTo = null }), stored.ETag));
        }
        return changes;
    }

    /// <summary>
    /// The store writes that remove the department: its document, its memberships, and the department from each
    /// member's extension. The caller commits (one commit holds at most <see cref="IPbxStore.MaxChangesPerCommit"/>).
    /// </summary>
    public async Task<List<Change>> DepartmentDeleteChangesAsync(string pbxId, string departmentKey, CancellationToken ct)
    {
        var changes = new List<Change>();
        if (await store.GetAsync<Department>(pbxId, DocumentKinds.DepartmentId(departmentKey), ct) is { } department)
        {
            changes.Add(new Change.Delete(DocumentKinds.DepartmentId(departmentKey), department.ETag));
        }
        var members = await store.QueryAsync<DepartmentMember>(pbxId, new DocumentQuery(DocumentKinds.Membership) { Parent = departmentKey, Max = 1000 }, ct);
        foreach (var member in members)
        {
            changes.Add(new Change.Delete(DocumentKinds.MembershipId(departmentKey, member.Value.Number), member.ETag));
            if (await GetExtensionAsync(pbxId, member.Value.Number, ct) is { } extension)
            {
                changes.Add(ExtensionDocument.Replace(extension.Value with { Memberships = extension.Value.AllMemberships().Where(m => m.Department != departmentKey).ToArray() }, extension.ETag));
            }
        }
        return changes;
    }

    /// <summary>
    /// The store writes that turn <paramref name="current"/> (read with <see cref="GetDepartmentAsync"/>, members
    /// included) into <paramref name="updated"/> (same key): the department's document, the memberships that come, go or
    /// change role, and each such member's extension (its departments, and its role where this is its primary one).
    /// The caller adds the audit entry and commits.
    /// </summary>
    public async Task<List<Change>> DepartmentUpdateChangesAsync(string pbxId, Stored<Department> current, Department updated, CancellationToken ct)
    {
        var key = current.Value.Key;
        var changes = new List<Change> { DepartmentReplace(updated, current.ETag) };
        var before = current.Value.Members.ToDictionary(m => m.Number, m => m.Role, StringComparer.Ordinal);
        var after = updated.Members.ToDictionary(m => m.Number, m => m.Role, StringComparer.Ordinal);
        foreach (var number in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var had = before.TryGetValue(number, out var was);
            var has = after.TryGetValue(number, out var now);
            if (had && has && was == now)
            {
                continue;
            }
            if (has)
            {
                changes.Add(new Change.Upsert(MembershipDocument(key, new DepartmentMember(number, now))));
            }
            else if (await store.GetAsync<DepartmentMember>(pbxId, DocumentKinds.MembershipId(key, number), ct) is { } membership)
            {
                changes.Add(new Change.Delete(DocumentKinds.MembershipId(key, number), membership.ETag));
            }
            if (await GetExtensionAsync(pbxId, number, ct) is { } extension)
            {
                var e = extension.Value;
                var others = e.AllMemberships().Where(m => m.Department != key);
                changes.Add(ExtensionDocument.Replace(e with
                {
                    Memberships = has ? [.. others, new Membership(key, now)] : [.. others],
                    Role = has && e.Department == key ? now : e.Role,
                }, extension.ETag));
            }
        }
        return changes;
    }

    /// <summary>Commits changes built with the methods above (and others' documents, e.g. a PBX change's state).</summary>
    public Task CommitAsync(string pbxId, IReadOnlyList<Change> changes, CancellationToken ct) => store.CommitAsync(pbxId, changes, ct);

    /// <summary>The department and its members' memberships, in one commit.</summary>
    /// <exception cref="DepartmentExistsException">Same name, ignoring case and accents.</exception>
    public async Task CreateDepartmentAsync(Department department, AuditEntry audit, CancellationToken ct, IReadOnlyList<Change>? alsoCommit = null)
    {
        var changes = new List<Change> { new Change.Create(DepartmentDocument(department)) };
        changes.AddRange(department.Members.Select(m => (Change)new Change.Upsert(MembershipDocument(department.Key, m))));
        // Each member's extension knows its departments too (3CX User.Groups).
        foreach (var member in department.Members)
        {
            if (await GetExtensionAsync(audit.PbxId, member.Number, ct) is { } extension)
            {
                var joined = extension.Value with
                {
                    Memberships = [.. extension.Value.AllMemberships().Where(m => m.Department != department.Key), new Membership(department.Key, member.Role)],
                };
                changes.Add(ExtensionDocument.Replace(joined, extension.ETag));
            }
        }
        changes.Add(AuditChange(audit));
        changes.AddRange(alsoCommit ?? []);
        try
        {
            await store.CommitAsync(audit.PbxId, changes, ct);
        }
        catch (StoreConflictException e) when (e.DocumentId == DocumentKinds.DepartmentId(department.Key))
        {
            throw new DepartmentExistsException(department.Name, e);
        }
    }

    public async Task SaveOfficeHoursAsync(string pbxId, string departmentKey, OfficeHours hours, string departmentETag, AuditEntry audit, CancellationToken ct,
        IReadOnlyList<Change>? alsoCommit = null)
    {
        var current = await store.GetAsync<Department>(pbxId, DocumentKinds.DepartmentId(departmentKey), ct)
            ?? throw new StoreConcurrencyException(DocumentKinds.DepartmentId(departmentKey));
        // The ETag the operator started from: a change by someone else since is a conflict, not silently overwritten.
        await store.CommitAsync(pbxId, [DepartmentReplace(current.Value with { OfficeHours = hours }, departmentETag), AuditChange(audit), .. alsoCommit ?? []], ct);
    }

    /// <summary>Replaces the department document (never its members: they are memberships of their own).</summary>
    public static Change DepartmentReplace(Department department, string etag) => new Change.Replace(DepartmentDocument(department), etag);

    public static PbxDocument DepartmentDocument(Department department) =>
        new(DocumentKinds.DepartmentId(department.Key), DocumentKinds.Department, department with { Members = [] });

    public Task<Stored<Grant>?> GetGrantAsync(string pbxId, string userId, CancellationToken ct) =>
        store.GetAsync<Grant>(pbxId, DocumentKinds.GrantId(userId), ct);

    public async Task<IReadOnlyList<Grant>> GetGrantsOfUserAsync(string userId, CancellationToken ct) =>
        (await store.QueryAllPbxesAsync<Grant>(new DocumentQuery(DocumentKinds.Grant) { Parent = userId, Max = 100 }, ct)).Select(s => s.Value).ToArray();

    public async Task<IReadOnlyList<Grant>> ListGrantsAsync(string pbxId, CancellationToken ct) =>
        (await store.QueryAsync<Grant>(pbxId, new DocumentQuery(DocumentKinds.Grant) { Max = 1000 }, ct)).Select(s => s.Value).ToArray();

    public Task SaveGrantAsync(Grant grant, string? etag, AuditEntry audit, CancellationToken ct)
    {
        var doc = new PbxDocument(DocumentKinds.GrantId(grant.UserId), DocumentKinds.Grant, grant) { Parent = grant.UserId };
        return store.CommitAsync(grant.PbxId, [etag is null ? new Change.Create(doc) : new Change.Replace(doc, etag), AuditChange(audit)], ct);
    }

    public Task CreateRequestAsync(ExtensionRequest request, AuditEntry audit, IReadOnlyList<OutboxMessage> outbox, CancellationToken ct) =>
        store.CommitAsync(request.PbxId, [new Change.Create(RequestDocument(request)), AuditChange(audit), .. outbox.Select(OutboxDocument.Enqueue)], ct);

    public Task<Stored<ExtensionRequest>?> GetRequestAsync(string pbxId, string requestId, CancellationToken ct) =>
        store.GetAsync<ExtensionRequest>(pbxId, DocumentKinds.RequestId(requestId), ct);

    public async Task<IReadOnlyList<ExtensionRequest>> ListRequestsAsync(string pbxId, RequestStatus? status, string? requestedBy, int max, CancellationToken ct) =>
        (await store.QueryAsync<ExtensionRequest>(pbxId, new DocumentQuery(DocumentKinds.Request)
        {
            Tag = status is { } s ? StatusTag(s) : null,
            Parent = requestedBy,
            Max = max,
            NewestFirst = true,
        }, ct)).Select(r => r.Value).ToArray();

    /// <summary>Records a decision; fails with <see cref="StoreConcurrencyException"/> if someone decided first.</summary>
    public Task UpdateRequestAsync(Stored<ExtensionRequest> current, ExtensionRequest updated, AuditEntry audit, IReadOnlyList<OutboxMessage> outbox, CancellationToken ct) =>
        store.CommitAsync(updated.PbxId, [RequestChange(current, updated), AuditChange(audit), .. outbox.Select(OutboxDocument.Enqueue)], ct);

    /// <summary>The request's new state, guarded by the ETag it was read with: it can be decided once.</summary>
    public static Change RequestChange(Stored<ExtensionRequest> current, ExtensionRequest updated) =>
        new Change.Replace(RequestDocument(updated), current.ETag);

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string pbxId, int max, CancellationToken ct) =>
        (await store.QueryAsync<AuditEntry>(pbxId, new DocumentQuery(DocumentKinds.Audit) { Max = max, NewestFirst = true }, ct)).Select(a => a.Value).ToArray();

    public static Change AuditChange(AuditEntry audit) =>
        new Change.Create(new PbxDocument(DocumentKinds.AuditId(audit.Id), DocumentKinds.Audit, audit) { Parent = audit.Target });

    private static bool IsNumberPlan(StoreException e) =>
        (e as StoreConflictException)?.DocumentId == DocumentKinds.NumberingId || (e as StoreConcurrencyException)?.DocumentId == DocumentKinds.NumberingId;

    private async Task<string?> NextFreeAsync(string pbxId, CancellationToken ct) => rules.FirstFreeNumber(await LoadSnapshotAsync(pbxId, ct));

    public static Change NumberingChange(Stored<UsedNumbers> current, UsedNumbers next)
    {
        var doc = new PbxDocument(DocumentKinds.NumberingId, DocumentKinds.Numbering, next);
        return current.ETag.Length == 0 ? new Change.Create(doc) : new Change.Replace(doc, current.ETag);
    }

    public static PbxDocument MembershipDocument(string departmentKey, DepartmentMember member) =>
        new(DocumentKinds.MembershipId(departmentKey, member.Number), DocumentKinds.Membership, member) { Parent = departmentKey };

    public static PbxDocument DidDocument(Did did) => new(DocumentKinds.DidId(did.Number), DocumentKinds.Did, did) { Tag = did.IsFree ? "free" : "assigned" };

    private static PbxDocument RequestDocument(ExtensionRequest request) =>
        new(DocumentKinds.RequestId(request.Id), DocumentKinds.Request, request) { Parent = request.RequestedBy, Tag = StatusTag(request.Status) };

    private static string StatusTag(RequestStatus status) => status.ToString().ToLowerInvariant();
}
