namespace PbxBot.Application.Stores;

/// <summary>
/// Everything PbxBot knows about the PBXs it administers. One partition per PBX (Cosmos <c>/pbxId</c>): its
/// settings, extensions, departments, DIDs, memberships, grants, requests, audit entries and outbox
/// messages. Two implementations pass the same contract tests: SQLite (embedded default) and Cosmos DB.
/// </summary>
/// <remarks>
/// Failures surface as <see cref="StoreConflictException"/> (duplicate id: 409),
/// <see cref="StoreConcurrencyException"/> (stale ETag: 412) and <see cref="StoreUnavailableException"/>
/// (the store cannot be reached). Nothing else leaks out of an implementation.
/// </remarks>
public interface IPbxStore
{
    /// <summary>Point read of one document of a PBX; null when it does not exist.</summary>
    Task<Stored<T>?> GetAsync<T>(string pbxId, string id, CancellationToken cancellationToken);

    /// <summary>
    /// Point reads of several documents of one PBX at once (Cosmos ReadMany, one SQLite query): what a page of a sync
    /// needs. Missing ids are absent from the result. At most <see cref="MaxGetMany"/> ids per call.
    /// </summary>
    Task<IReadOnlyDictionary<string, Stored<T>>> GetManyAsync<T>(string pbxId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>The most ids one <see cref="GetManyAsync"/> takes.</summary>
    const int MaxGetMany = 500;

    /// <summary>
    /// Point reads and queries of one PBX answered together: what a wizard turn's view of the PBX needs (settings,
    /// number plan, departments, DIDs). SQLite answers them on one connection in one read transaction, so they are one
    /// moment of the PBX; Cosmos DB (no multi-document read transaction) gets the ReadMany and the queries at once, so a
    /// turn waits for one round trip instead of four in a row. At most <see cref="MaxGetMany"/> ids.
    /// </summary>
    Task<DocumentSet> ReadSetAsync(string pbxId, IReadOnlyCollection<string> ids, IReadOnlyList<DocumentQuery> queries, CancellationToken cancellationToken);

    /// <summary>A parameterised query scoped to one PBX's partition.</summary>
    Task<IReadOnlyList<Stored<T>>> QueryAsync<T>(string pbxId, DocumentQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The one cross-partition question: documents of a kind whose <see cref="PbxDocument.Parent"/> matches,
    /// on every PBX (a user's grants, to know which PBXs they may act on).
    /// </summary>
    Task<IReadOnlyList<Stored<T>>> QueryAllPbxesAsync<T>(DocumentQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Applies all changes to one PBX's partition atomically (Cosmos TransactionalBatch, SQLite transaction):
    /// all or nothing, at most <see cref="MaxChangesPerCommit"/> changes. Returns the new ETag of every created,
    /// replaced or upserted document, by id.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> CommitAsync(string pbxId, IReadOnlyList<Change> changes, CancellationToken cancellationToken);

    /// <summary>A Cosmos TransactionalBatch holds at most 100 operations.</summary>
    const int MaxChangesPerCommit = 100;
}

/// <summary>A stored value and the ETag that guards its next replace (optimistic concurrency).</summary>
public sealed record Stored<T>(T Value, string ETag);

/// <summary>
/// A document of a PBX's partition. <see cref="Kind"/> says what it holds (<see cref="DocumentKinds"/>);
/// <see cref="Parent"/>, <see cref="Tag"/> and <see cref="SearchText"/> are the only fields queries filter on.
/// </summary>
public sealed record PbxDocument(string Id, string Kind, object Value)
{
    /// <summary>The owner a query selects by: a membership's department, a grant's user, a request's requester.</summary>
    public string? Parent { get; init; }

    /// <summary>A state a query selects by, e.g. a request's status ("pending").</summary>
    public string? Tag { get; init; }

    /// <summary>Lower-case, accent-free words to search in (number, names, e-mail).</summary>
    public string? SearchText { get; init; }
}

/// <summary>One write of an atomic <see cref="IPbxStore.CommitAsync"/>.</summary>
public abstract record Change(string Id)
{
    /// <summary>Creates a document; fails with a conflict if the id exists (structural uniqueness).</summary>
    public sealed record Create(PbxDocument Document) : Change(Document.Id);

    /// <summary>Replaces a document if its ETag is still <paramref name="ETag"/>; else a concurrency failure.</summary>
    public sealed record Replace(PbxDocument Document, string ETag) : Change(Document.Id);

    /// <summary>Creates or replaces without a precondition (for documents only this process writes, e.g. its own counters).</summary>
    public sealed record Upsert(PbxDocument Document) : Change(Document.Id);

    /// <summary>Deletes a document; with an ETag, only if unchanged.</summary>
    public sealed record Delete(string DocumentId, string? ETag) : Change(DocumentId);
}

/// <summary>A partition-scoped query: documents of one kind, optionally filtered, newest first or by id.</summary>
public sealed record DocumentQuery(string Kind)
{
    public string? Parent { get; init; }

    public string? Tag { get; init; }

    /// <summary>Matches documents whose <see cref="PbxDocument.SearchText"/> contains this (already normalised) term.</summary>
    public string? SearchTerm { get; init; }

    /// <summary>At most this many results (the store adds TOP / LIMIT).</summary>
    public int Max { get; init; } = 50;

    /// <summary>Order by last write, newest first; otherwise by id.</summary>
    public bool NewestFirst { get; init; }
}
