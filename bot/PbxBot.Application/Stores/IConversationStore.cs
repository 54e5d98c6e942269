namespace PbxBot.Application.Stores;

/// <summary>
/// Per-conversation and per-user state that is not part of any PBX: wizard state (keyed by conversation and
/// user, so any instance of the bot can continue a wizard), conversation references for proactive messages,
/// and the ids of activities already processed. Cosmos container <c>conversations</c>, partitioned by <c>/id</c>.
/// </summary>
public interface IConversationStore
{
    Task<Stored<T>?> GetAsync<T>(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Creates (<paramref name="etag"/> null: conflict if it exists) or replaces (only if the ETag still matches)
    /// and returns the new ETag.
    /// </summary>
    Task<string> SaveAsync<T>(string id, T value, string? etag, CancellationToken cancellationToken);

    /// <summary>Writes without precondition and returns the new ETag.</summary>
    Task<string> UpsertAsync<T>(string id, T value, CancellationToken cancellationToken);

    /// <summary>Deletes if present (and, with an ETag, unchanged). Deleting a missing document is not an error.</summary>
    Task DeleteAsync(string id, string? etag, CancellationToken cancellationToken);

    /// <summary>Removes documents whose id starts with <paramref name="idPrefix"/> and that were last written before <paramref name="olderThan"/>.</summary>
    Task<int> PurgeAsync(string idPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken);
}
