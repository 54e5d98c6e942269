using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Cosmos;

/// <summary>Wizard state, conversation references and processed-activity marks in the <c>conversations</c> container (by <c>/id</c>).</summary>
public sealed class CosmosConversationStore(CosmosContainers containers, TimeProvider time) : IConversationStore
{
    public async Task<Stored<T>?> GetAsync<T>(string id, CancellationToken cancellationToken)
    {
        var container = await containers.ConversationsAsync(cancellationToken);
        using var response = await CosmosContainers.Guard(() => container.ReadItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken), id);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw CosmosContainers.Translate(response.StatusCode, id, null);
        }
        var item = await JsonSerializer.DeserializeAsync<ConversationItem>(response.Content, cancellationToken: cancellationToken);
        return item is null ? null : new Stored<T>(item.Data.Deserialize<T>(StoreJson.Options)!, item.ETag ?? "");
    }

    public async Task<string> SaveAsync<T>(string id, T value, string? etag, CancellationToken cancellationToken)
    {
        var container = await containers.ConversationsAsync(cancellationToken);
        var item = Item(id, value);
        var response = etag is null
            ? await CosmosContainers.Guard(() => container.CreateItemAsync(item, new PartitionKey(id), cancellationToken: cancellationToken), id)
            : await CosmosContainers.Guard(() => container.ReplaceItemAsync(item, id, new PartitionKey(id), new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken), id);
        return response.ETag;
    }

    public async Task<string> UpsertAsync<T>(string id, T value, CancellationToken cancellationToken)
    {
        var container = await containers.ConversationsAsync(cancellationToken);
        var response = await CosmosContainers.Guard(() => container.UpsertItemAsync(Item(id, value), new PartitionKey(id), cancellationToken: cancellationToken), id);
        return response.ETag;
    }

    public async Task DeleteAsync(string id, string? etag, CancellationToken cancellationToken)
    {
        var container = await containers.ConversationsAsync(cancellationToken);
        using var response = await CosmosContainers.Guard(
            () => container.DeleteItemStreamAsync(id, new PartitionKey(id), new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken), id);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
        {
            throw CosmosContainers.Translate(response.StatusCode, id, null);
        }
    }

    public async Task<int> PurgeAsync(string idPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var container = await containers.ConversationsAsync(cancellationToken);
        var query = new QueryDefinition("SELECT c.id FROM c WHERE STARTSWITH(c.id, @prefix) AND c.updatedAt < @before")
            .WithParameter("@prefix", idPrefix).WithParameter("@before", olderThan.ToUnixTimeMilliseconds());
        var ids = new List<string>();
        using (var iterator = container.GetItemQueryIterator<JsonElement>(query))
        {
            while (iterator.HasMoreResults)
            {
                foreach (var row in await CosmosContainers.Guard(() => iterator.ReadNextAsync(cancellationToken), idPrefix))
                {
                    ids.Add(row.GetProperty("id").GetString()!);
                }
            }
        }
        foreach (var id in ids)
        {
            await DeleteAsync(id, null, cancellationToken);
        }
        return ids.Count;
    }

    private ConversationItem Item<T>(string id, T value) => new()
    {
        Id = id,
        UpdatedAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        Data = JsonSerializer.SerializeToElement(value, StoreJson.Options),
    };
}
