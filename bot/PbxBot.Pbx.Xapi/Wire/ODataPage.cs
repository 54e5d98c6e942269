using System.Text.Json.Serialization;

namespace PbxBot.Pbx.Xapi.Wire;

/// <summary>One page of an OData collection (<c>value</c>, and <c>@odata.nextLink</c> when the PBX pages on its own).</summary>
internal sealed record ODataPage<T>
{
    [JsonPropertyName("value")]
    public IReadOnlyList<T>? Value { get; init; }

    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; init; }
}
