using System.Collections.Concurrent;
using System.Text.Json;
using PbxBot.Application.Stores;

namespace PbxBot.Testing.Channel;

/// <summary>
/// An <see cref="IConversationStore"/> in memory with the real contract (create conflicts, ETag checks, purge by
/// age). Values round-trip through <see cref="StoreJson"/> as they would in SQLite or Cosmos DB.
/// </summary>
public sealed class InMemoryConversationStore(TimeProvider? time = null) : IConversationStore
{
    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Entry> documents = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => [.. documents.Keys];

    public Task<Stored<T>?> GetAsync<T>(string id, CancellationToken cancellationToken) =>
        Task.FromResult(documents.TryGetValue(id, out var entry)
            ? new Stored<T>(JsonSerializer.Deserialize<T>(entry.Json, StoreJson.Options)!, entry.ETag)
            : null);

    public Task<string> SaveAsync<T>(string id, T value, string? etag, CancellationToken cancellationToken)
    {
        var next = Write(value);
        if (etag is null)
        {
            return documents.TryAdd(id, next) ? Task.FromResult(next.ETag) : throw new StoreConflictException(id);
        }
        if (!documents.TryGetValue(id, out var current) || current.ETag != etag || !documents.TryUpdate(id, next, current))
        {
            throw new StoreConcurrencyException(id);
        }
        return Task.FromResult(next.ETag);
    }

    public Task<string> UpsertAsync<T>(string id, T value, CancellationToken cancellationToken)
    {
        var next = Write(value);
        documents[id] = next;
        return Task.FromResult(next.ETag);
    }

    public Task DeleteAsync(string id, string? etag, CancellationToken cancellationToken)
    {
        if (etag is null)
        {
            documents.TryRemove(id, out _);
        }
        else if (documents.TryGetValue(id, out var current))
        {
            if (current.ETag != etag || !documents.TryRemove(KeyValuePair.Create(id, current)))
            {
                throw new StoreConcurrencyException(id);
            }
        }
        return Task.CompletedTask;
    }

    public Task<int> PurgeAsync(string idPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var (id, entry) in documents)
        {
            if (id.StartsWith(idPrefix, StringComparison.Ordinal) && entry.WrittenAt < olderThan && documents.TryRemove(KeyValuePair.Create(id, entry)))
            {
                purged++;
            }
        }
        return Task.FromResult(purged);
    }

    private Entry Write<T>(T value) => new(JsonSerializer.Serialize(value, StoreJson.Options), Guid.NewGuid().ToString("N"), time.GetUtcNow());

    private sealed record Entry(string Json, string ETag, DateTimeOffset WrittenAt);
}
