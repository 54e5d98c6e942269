using System.Text.Json;
using System.Text.Json.Serialization;

namespace PbxBot.Stores.Cosmos;

/// <summary>
/// A document of the <c>pbx</c> container (partition key <c>/pbxId</c>): the value under <c>data</c>, and the
/// few fields partition-scoped queries filter on beside it.
/// </summary>
internal sealed record PbxItem
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("pbxId")]
    public required string PbxId { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("parent")]
    public string? Parent { get; init; }

    [JsonPropertyName("tag")]
    public string? Tag { get; init; }

    [JsonPropertyName("search")]
    public string? Search { get; init; }

    [JsonPropertyName("updatedAt")]
    public long UpdatedAt { get; init; }

    [JsonPropertyName("data")]
    public JsonElement Data { get; init; }

    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }
}

/// <summary>A document of the <c>conversations</c> container (partition key <c>/id</c>).</summary>
internal sealed record ConversationItem
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("updatedAt")]
    public long UpdatedAt { get; init; }

    [JsonPropertyName("data")]
    public JsonElement Data { get; init; }

    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }
}
