using System.Text.Json;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Services;

/// <summary>Builds the audit entry that goes with every change: who, when, what, before and after.</summary>
public static class AuditEntries
{
    public static AuditEntry For(Operator actor, string action, string target, object? before, object? after, DateTimeOffset at) => new()
    {
        Id = $"{at.ToUnixTimeMilliseconds():D13}-{Guid.NewGuid():N}"[..26],
        PbxId = actor.PbxId,
        At = at,
        ActorId = actor.UserId,
        ActorName = actor.DisplayName,
        Action = action,
        Target = target,
        Before = before is null ? null : JsonSerializer.Serialize(before, StoreJson.Options),
        After = after is null ? null : JsonSerializer.Serialize(after, StoreJson.Options),
    };
}
