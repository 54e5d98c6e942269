using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Cosmos;

/// <summary>
/// The PBX documents in the <c>pbx</c> container, one logical partition per PBX. A commit is one
/// TransactionalBatch in that partition (all or nothing); replaces carry the ETag they were read with; queries are
/// parameterised and scoped to the partition, except the two that by nature span PBXs (a user's grants, and the
/// outbox's due-scan, which must find work wherever it is).
/// </summary>
public sealed class CosmosPbxStore(CosmosContainers containers, TimeProvider time) : IPbxStore, IOutboxStore
{
    public async Task<Stored<T>?> GetAsync<T>(string pbxId, string id, CancellationToken cancellationToken)
    {
        var container = await containers.PbxAsync(cancellationToken);
        using var response = await CosmosContainers.Guard(() => container.ReadItemStreamAsync(id, new PartitionKey(pbxId), cancellationToken: cancellationToken), id);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw CosmosContainers.Translate(response.StatusCode, id, null);
        }
        var item = await JsonSerializer.DeserializeAsync<PbxItem>(response.Content, cancellationToken: cancellationToken);
        return item is null ? null : ToStored<T>(item);
    }

    public async Task<IReadOnlyDictionary<string, Stored<T>>> GetManyAsync<T>(string pbxId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, IPbxStore.MaxGetMany, nameof(ids));
        var found = new Dictionary<string, Stored<T>>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }
        var container = await containers.PbxAsync(cancellationToken);
        var partition = new PartitionKey(pbxId);
        foreach (var item in await ReadManyAsync(container, ids.Select(id => (id, partition)).ToArray(), pbxId, cancellationToken))
        {
            found[item.Id] = ToStored<T>(item);
        }
        return found;
    }

    /// <summary>Cosmos DB answers one read or query per request: the ReadMany and the queries are sent at once.</summary>
    public async Task<DocumentSet> ReadSetAsync(string pbxId, IReadOnlyCollection<string> ids, IReadOnlyList<DocumentQuery> queries, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ids.Count, IPbxStore.MaxGetMany, nameof(ids));
        var container = await containers.PbxAsync(cancellationToken);
        var partition = new PartitionKey(pbxId);
        var reads = ids.Count == 0
            ? Task.FromResult<IReadOnlyList<PbxItem>>([])
            : ReadManyAsync(container, ids.Select(id => (id, partition)).ToArray(), pbxId, cancellationToken);
        var runs = queries.Select(query => QueryItemsAsync(pbxId, query, cancellationToken)).ToArray();
        await Task.WhenAll(runs.Append(reads));
        return new DocumentSet(
            (await reads).ToDictionary(item => item.Id, Json, StringComparer.Ordinal),
            runs.Select(run => (IReadOnlyList<StoredJson>)run.Result.Select(Json).ToArray()).ToArray());
    }

    public async Task<IReadOnlyList<Stored<T>>> QueryAsync<T>(string pbxId, DocumentQuery query, CancellationToken cancellationToken) =>
        (await QueryItemsAsync(pbxId, query, cancellationToken)).Select(ToStored<T>).ToArray();

    private Task<IReadOnlyList<PbxItem>> QueryItemsAsync(string pbxId, DocumentQuery query, CancellationToken cancellationToken)
    {
        var (sql, parameters) = Sql(query, "c.pbxId = @pbx");
        return RunItemsAsync(sql, parameters.Append(("@pbx", pbxId)), new QueryRequestOptions { PartitionKey = new PartitionKey(pbxId), MaxItemCount = query.Max }, query.Max, cancellationToken);
    }

    private static async Task<IReadOnlyList<PbxItem>> ReadManyAsync(Container container, IReadOnlyList<(string, PartitionKey)> items, string pbxId, CancellationToken ct) =>
        (await CosmosContainers.Guard(() => container.ReadManyItemsAsync<PbxItem>(items, cancellationToken: ct), pbxId)).ToArray();

    public async Task<IReadOnlyList<Stored<T>>> QueryAllPbxesAsync<T>(DocumentQuery query, CancellationToken cancellationToken)
    {
        // Cross-partition by nature: "on which PBXs does this user have a grant?" spans every PBX.
        var (sql, parameters) = Sql(query, null);
        return await RunAsync<T>(sql, parameters, new QueryRequestOptions { MaxItemCount = query.Max }, query.Max, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> CommitAsync(string pbxId, IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        var container = await containers.PbxAsync(cancellationToken);
        var batch = container.CreateTransactionalBatch(new PartitionKey(pbxId));
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var change in changes)
        {
            switch (change)
            {
                case Change.Create c:
                    batch.CreateItem(Item(pbxId, c.Document, now));
                    break;
                case Change.Replace r:
                    batch.ReplaceItem(r.Id, Item(pbxId, r.Document, now), new TransactionalBatchItemRequestOptions { IfMatchEtag = r.ETag });
                    break;
                case Change.Upsert u:
                    batch.UpsertItem(Item(pbxId, u.Document, now));
                    break;
                case Change.Delete d:
                    batch.DeleteItem(d.Id, new TransactionalBatchItemRequestOptions { IfMatchEtag = d.ETag });
                    break;
            }
        }
        using var response = await CosmosContainers.Guard(() => batch.ExecuteAsync(cancellationToken), pbxId);
        if (!response.IsSuccessStatusCode)
        {
            // The operation that failed has its own status and the others answer 424 (failed dependency) — when the
            // SDK gets the per-operation results. In Gateway mode it may not (an error response's body is dropped),
            // and then every operation carries the batch's status: the failed change must be found by reading.
            var failed = Enumerable.Range(0, response.Count)
                .Where(i => response[i].StatusCode != (HttpStatusCode)424 && !response[i].IsSuccessStatusCode).ToArray();
            var failedId = failed.Length == 1
                ? changes[failed[0]].Id
                : await FindFailedChangeAsync(container, pbxId, changes, response.StatusCode, cancellationToken) ?? pbxId;
            throw CosmosContainers.Translate(response.StatusCode, failedId, null);
        }
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < response.Count; i++)
        {
            if (changes[i] is not Change.Delete && response[i].ETag is { } etag)
            {
                etags[changes[i].Id] = etag;
            }
        }
        return etags;
    }

    /// <summary>
    /// The first change whose precondition does not hold — a create whose id exists (409), a replace or delete whose
    /// ETag moved (412) or whose document is gone (404) — so the caller knows what was taken or changed. Only on the
    /// failure path: a few point reads.
    /// </summary>
    private static async Task<string?> FindFailedChangeAsync(Container container, string pbxId, IReadOnlyList<Change> changes, HttpStatusCode status, CancellationToken ct)
    {
        foreach (var change in changes)
        {
            var expected = change switch
            {
                Change.Replace r => r.ETag,
                Change.Delete d => d.ETag,
                _ => null,
            };
            var candidate = status switch
            {
                HttpStatusCode.Conflict => change is Change.Create,
                HttpStatusCode.PreconditionFailed => expected is not null,
                HttpStatusCode.NotFound => change is Change.Replace or Change.Delete,
                _ => false,
            };
            if (!candidate)
            {
                continue;
            }
            using var current = await CosmosContainers.Guard(() => container.ReadItemStreamAsync(change.Id, new PartitionKey(pbxId), cancellationToken: ct), change.Id);
            var exists = current.StatusCode != HttpStatusCode.NotFound;
            var holds = status switch
            {
                HttpStatusCode.Conflict => !exists,
                HttpStatusCode.PreconditionFailed => exists && current.Headers.ETag == expected,
                _ => exists,
            };
            if (!holds)
            {
                return change.Id;
            }
        }
        return null;
    }

    public async Task<IReadOnlyList<Stored<OutboxMessage>>> ClaimDueAsync(string workerId, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        // Cross-partition: due messages may be in any PBX's partition.
        var sql = $"""
            SELECT TOP {max} * FROM c WHERE c.kind = @kind AND c.tag = @due
            AND ((c.data.status = 'queued' AND c.data.dueAtMs <= @now) OR (c.data.status = 'sending' AND c.data.leaseUntilMs <= @now))
            """;
        var container = await containers.PbxAsync(cancellationToken);
        var query = new QueryDefinition(sql).WithParameter("@kind", DocumentKinds.Outbox).WithParameter("@due", OutboxDocument.DueTag).WithParameter("@now", nowMs);
        var due = await ReadAllAsync(container.GetItemQueryIterator<PbxItem>(query, requestOptions: new QueryRequestOptions { MaxItemCount = max }), cancellationToken);
        var claimed = new List<Stored<OutboxMessage>>();
        foreach (var item in due.OrderBy(i => i.Data.GetProperty("dueAtMs").GetInt64()))
        {
            var message = ToStored<OutboxMessage>(item);
            var taken = message.Value with { Status = OutboxStatus.Sending, ClaimedBy = workerId, LeaseUntilMs = nowMs + (long)lease.TotalMilliseconds };
            try
            {
                var etags = await CommitAsync(item.PbxId, [new Change.Replace(OutboxDocument.Of(taken), message.ETag)], cancellationToken);
                claimed.Add(new Stored<OutboxMessage>(taken, etags[item.Id]));
            }
            catch (StoreConcurrencyException)
            {
                // Another worker claimed it first: exactly one does.
            }
        }
        return claimed;
    }

    public async Task<string> CompleteAsync(Stored<OutboxMessage> claimed, OutboxMessage outcome, CancellationToken cancellationToken)
    {
        var etags = await CommitAsync(outcome.PbxId, [new Change.Replace(OutboxDocument.Of(outcome), claimed.ETag)], cancellationToken);
        return etags[DocumentKinds.OutboxId(outcome.Id)];
    }

    public Task<IReadOnlyList<Stored<OutboxMessage>>> ListBySubjectAsync(string pbxId, string subject, int max, CancellationToken cancellationToken) =>
        QueryAsync<OutboxMessage>(pbxId, new DocumentQuery(DocumentKinds.Outbox) { Parent = subject, Max = max, NewestFirst = true }, cancellationToken);

    private async Task<IReadOnlyList<Stored<T>>> RunAsync<T>(string sql, IEnumerable<(string Name, object Value)> parameters, QueryRequestOptions options, int max, CancellationToken ct) =>
        (await RunItemsAsync(sql, parameters, options, max, ct)).Select(ToStored<T>).ToArray();

    private async Task<IReadOnlyList<PbxItem>> RunItemsAsync(string sql, IEnumerable<(string Name, object Value)> parameters, QueryRequestOptions options, int max, CancellationToken ct)
    {
        var container = await containers.PbxAsync(ct);
        var query = new QueryDefinition(sql);
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }
        var items = await ReadAllAsync(container.GetItemQueryIterator<PbxItem>(query, requestOptions: options), ct);
        return items.Take(max).ToArray();
    }

    private static async Task<List<PbxItem>> ReadAllAsync(FeedIterator<PbxItem> iterator, CancellationToken ct)
    {
        using (iterator)
        {
            var items = new List<PbxItem>();
            while (iterator.HasMoreResults)
            {
                var page = await CosmosContainers.Guard(() => iterator.ReadNextAsync(ct), "query");
                items.AddRange(page);
            }
            return items;
        }
    }

    private static (string Sql, List<(string Name, object Value)> Parameters) Sql(DocumentQuery query, string? scope)
    {
        var parameters = new List<(string, object)> { ("@kind", query.Kind) };
        var where = "c.kind = @kind";
        if (scope is not null)
        {
            where += " AND " + scope;
        }
        if (query.Parent is not null)
        {
            where += " AND c.parent = @parent";
            parameters.Add(("@parent", query.Parent));
        }
        if (query.Tag is not null)
        {
            where += " AND c.tag = @tag";
            parameters.Add(("@tag", query.Tag));
        }
        if (query.SearchTerm is not null)
        {
            where += " AND CONTAINS(c.search, @term)";
            parameters.Add(("@term", query.SearchTerm));
        }
        var order = query.NewestFirst ? "c.updatedAt DESC" : "c.id";
        return ($"SELECT TOP {query.Max} * FROM c WHERE {where} ORDER BY {order}", parameters);
    }

    private static PbxItem Item(string pbxId, PbxDocument document, long now) => new()
    {
        Id = document.Id,
        PbxId = pbxId,
        Kind = document.Kind,
        Parent = document.Parent,
        Tag = document.Tag,
        Search = document.SearchText,
        UpdatedAt = now,
        Data = JsonSerializer.SerializeToElement(document.Value, document.Value.GetType(), StoreJson.Options),
    };

    private static StoredJson Json(PbxItem item) => new(item.Id, item.Data.GetRawText(), item.ETag ?? "");

    private static Stored<T> ToStored<T>(PbxItem item) =>
        new(item.Data.Deserialize<T>(StoreJson.Options) ?? throw new StoreUnavailableException($"Document '{item.Id}' could not be read."), item.ETag ?? "");
}
