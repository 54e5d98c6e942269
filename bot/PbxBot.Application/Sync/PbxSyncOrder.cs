using System.Text.Json;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Sync;

/// <summary>The payload of an on-demand sync in the outbox: which PBX, and in which language to tell the outcome.</summary>
public sealed record PbxSyncOrder(string PbxId, Language Language)
{
    public string ToJson() => JsonSerializer.Serialize(this, StoreJson.Options);

    public static PbxSyncOrder FromJson(string json) =>
        JsonSerializer.Deserialize<PbxSyncOrder>(json, StoreJson.Options) ?? throw new JsonException("Empty sync order.");
}
