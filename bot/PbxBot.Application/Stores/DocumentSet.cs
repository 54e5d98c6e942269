using System.Text.Json;

namespace PbxBot.Application.Stores;

/// <summary>
/// What one <see cref="IPbxStore.ReadSetAsync"/> read: documents by id and each query's results, in the store's JSON,
/// each read into its type when asked for (the set holds several kinds of document).
/// </summary>
public sealed class DocumentSet(IReadOnlyDictionary<string, StoredJson> byId, IReadOnlyList<IReadOnlyList<StoredJson>> byQuery)
{
    /// <summary>The document of that id, or null when it does not exist (or was not asked for).</summary>
    public Stored<T>? Get<T>(string id) => byId.TryGetValue(id, out var document) ? document.As<T>() : null;

    /// <summary>The results of the query at <paramref name="index"/> in the order the queries were given.</summary>
    public IReadOnlyList<Stored<T>> Query<T>(int index) => byQuery[index].Select(d => d.As<T>()).ToArray();
}

/// <summary>One stored document as the store returned it: its body in <see cref="StoreJson"/> and its ETag.</summary>
public readonly record struct StoredJson(string Id, string Json, string ETag)
{
    public Stored<T> As<T>() =>
        new(JsonSerializer.Deserialize<T>(Json, StoreJson.Options) ?? throw new StoreUnavailableException($"Document '{Id}' could not be read."), ETag);
}
