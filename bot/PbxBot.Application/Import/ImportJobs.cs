using PbxBot.Application.Stores;

namespace PbxBot.Application.Import;

/// <summary>
/// Where import jobs live: in their PBX's partition, a small header (<see cref="ImportJob"/>, replaced at every row)
/// and its rows in immutable chunks, so that moving <see cref="ImportJob.Next"/> rewrites a few hundred bytes, not
/// the whole file.
/// </summary>
public sealed class ImportJobs(IPbxStore store)
{
    /// <summary>Rows per chunk document: 2,000 rows make 20 chunks, within one commit and far below Cosmos DB's 2 MB per document.</summary>
    public const int ChunkSize = 100;

    /// <summary>The job, its rows and its refused rows, in one commit.</summary>
    public Task<IReadOnlyDictionary<string, string>> CreateAsync(ImportJob job, IReadOnlyList<ImportRow> rows, ImportRejects rejects, CancellationToken ct)
    {
        var changes = new List<Change> { new Change.Create(Document(job)) };
        for (var i = 0; i * ChunkSize < rows.Count; i++)
        {
            var chunk = new ImportRowChunk(rows.Skip(i * ChunkSize).Take(ChunkSize).ToArray());
            changes.Add(new Change.Create(new PbxDocument(DocumentKinds.ImportRowsId(job.Id, i), DocumentKinds.ImportRows, chunk) { Parent = job.Id }));
        }
        changes.Add(new Change.Create(new PbxDocument(DocumentKinds.ImportRejectsId(job.Id), DocumentKinds.ImportRejects, rejects) { Parent = job.Id }));
        return store.CommitAsync(job.PbxId, changes, ct);
    }

    public Task<Stored<ImportJob>?> GetAsync(string pbxId, string jobId, CancellationToken ct) =>
        store.GetAsync<ImportJob>(pbxId, DocumentKinds.ImportId(jobId), ct);

    public async Task<ImportRowChunk> GetChunkAsync(string pbxId, string jobId, int chunk, CancellationToken ct) =>
        (await store.GetAsync<ImportRowChunk>(pbxId, DocumentKinds.ImportRowsId(jobId, chunk), ct))?.Value
        ?? throw new StoreConcurrencyException(DocumentKinds.ImportRowsId(jobId, chunk));

    public async Task<ImportRejects?> GetRejectsAsync(string pbxId, string jobId, CancellationToken ct) =>
        (await store.GetAsync<ImportRejects>(pbxId, DocumentKinds.ImportRejectsId(jobId), ct))?.Value;

    /// <summary>The header's replace, guarded by its ETag: two workers on one job can never both move it.</summary>
    public static Change Replace(ImportJob job, string etag) => new Change.Replace(Document(job), etag);

    public Task<IReadOnlyDictionary<string, string>> UpdateAsync(ImportJob job, string etag, IReadOnlyList<Change> alsoCommit, CancellationToken ct) =>
        store.CommitAsync(job.PbxId, [Replace(job, etag), .. alsoCommit], ct);

    private static PbxDocument Document(ImportJob job) =>
        new(DocumentKinds.ImportId(job.Id), DocumentKinds.Import, job) { Tag = job.Status.ToString().ToLowerInvariant(), Parent = job.RequestedBy.Id };
}
