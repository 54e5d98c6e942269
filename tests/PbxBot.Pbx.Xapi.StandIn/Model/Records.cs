using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>A user (extension) as stored: its structural properties as the client sent them (swagger-shaped JSON),
/// its group memberships, and only a hash of its web client password (<c>AccessPassword</c>).</summary>
public sealed record UserRecord(int Id, PropertyDictionary Props, ImmutableArray<Membership> Groups, string? PasswordHash)
{
    public string Number => Json.String(Props.GetValueOrDefault("Number")) ?? "";

    public int? PrimaryGroupId => Json.Int(Props.GetValueOrDefault("PrimaryGroupId"));

    public string? EmailAddress => Json.String(Props.GetValueOrDefault("EmailAddress"));

    public string? OutboundCallerId => Json.String(Props.GetValueOrDefault("OutboundCallerID"));

    /// <summary>The name 3CX shows for a member: <c>DisplayName</c>, else first and last name.</summary>
    public string DisplayName => Json.String(Props.GetValueOrDefault("DisplayName")) is { Length: > 0 } name
        ? name
        : $"{Json.String(Props.GetValueOrDefault("FirstName"))} {Json.String(Props.GetValueOrDefault("LastName"))}".Trim();
}

/// <summary>A user's place in a group: the group and the user's rights there (<c>Pbx.Rights</c>, with <c>RoleName</c>).</summary>
public sealed record Membership(int GroupId, JsonObject Rights)
{
    public string RoleName => Json.String(Rights[nameof(RoleName)]) ?? "";
}

/// <summary>A group (department): its stored properties, office holidays included; members live on the users.</summary>
public sealed record GroupRecord(int Id, PropertyDictionary Props)
{
    public string Name => Json.String(Props.GetValueOrDefault("Name")) ?? "";

    public bool IsDefault => Json.Bool(Props.GetValueOrDefault("IsDefault")) == true;
}

/// <summary>A DID number (<c>Pbx.DidNumber</c>), read-only over XAPI, seeded by tests.</summary>
public sealed record DidRecord(PropertyDictionary Props)
{
    public string Number => Json.String(Props.GetValueOrDefault("Number")) ?? "";
}

/// <summary>A welcome e-mail the PBX would have sent (3CX sends it itself; the stand-in only records it).</summary>
public sealed record WelcomeEmail(int UserId, string Number, string? EmailAddress, string Trigger, DateTimeOffset At);

/// <summary>A web client password set or changed: <c>how</c> is create, patch, regenerate, seed or cleared.</summary>
public sealed record PasswordChange(int UserId, string Number, string How, DateTimeOffset At);
