using System.Text.Json;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Services;

/// <summary>Builds the audit entry that goes with every change: who, when, what, before and after.</summary>
public static class AuditEntries
{
    /// <summary>The actor of what the PBX sync brings in: a change made on the 3CX itself (its console, another tool).</summary>
    public const string SyncActorId = "pbx-sync";

    public static AuditEntry For(Operator actor, string action, string target, object? before, object? after, DateTimeOffset at) =>
        For(actor.PbxId, actor.UserId, actor.DisplayName, action, target, before, after, at);

    /// <summary>What a sync found changed on the PBX, audited as "sync".</summary>
    public static AuditEntry ForSync(string pbxId, string action, string target, object? before, object? after, DateTimeOffset at) =>
        For(pbxId, SyncActorId, "3CX (sync)", action, target, before, after, at);

    /// <summary>An entry for an actor known only by id and name (a job run later on someone's behalf).</summary>
    public static AuditEntry For(string pbxId, string actorId, string actorName, string action, string target, object? before, object? after, DateTimeOffset at) => new()
    {
        Id = $"{at.ToUnixTimeMilliseconds():D13}-{Guid.NewGuid():N}"[..26],
        PbxId = pbxId,
        At = at,
        ActorId = actorId,
        ActorName = actorName,
        Action = action,
        Target = target,
        Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), StoreJson.Options),
        After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), StoreJson.Options),
    };
}
