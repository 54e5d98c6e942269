using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PbxBot.Pbx.Xapi.StandIn.Control;

/// <summary>One PBX (tenant) on a stand-in: point a client at <see cref="BaseUrl"/> with these credentials.</summary>
public sealed record StandInPbx(string Id, Uri BaseUrl, string ClientId, string ClientSecret);

/// <summary>Options of a new PBX; every one is optional (defaults: 3-digit extensions 100–999, tokens of 60 s, no licence limit,
/// emergency numbers 112, 911, 999, 15, 17, 18).</summary>
public sealed record PbxOptions
{
    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public int? TokenLifetimeSeconds { get; init; }

    public int? ExtensionLength { get; init; }

    public int? UserNumberFrom { get; init; }

    public int? UserNumberTo { get; init; }

    public int? MaxUsers { get; init; }

    public IReadOnlyList<string>? BlockedNumbers { get; init; }

    public string? Fqdn { get; init; }

    public string? Version { get; init; }

    public string? GlobalLanguage { get; init; }
}

/// <summary>Swagger-shaped data to seed (<c>Pbx.Group</c>, <c>Pbx.DidNumber</c>, <c>Pbx.User</c> objects); a user's
/// <c>Groups</c> items may name a group by <c>Name</c>.</summary>
public sealed record SeedData
{
    public IReadOnlyList<JsonObject> Groups { get; init; } = [];

    public IReadOnlyList<JsonObject> DidNumbers { get; init; } = [];

    public IReadOnlyList<JsonObject> Users { get; init; } = [];
}

public sealed record SeededEntity(int Id, string? Name, string? Number);

public sealed record SeedResult(IReadOnlyList<SeededEntity> Groups, IReadOnlyList<SeededEntity> Users, IReadOnlyList<string> DidNumbers)
{
    public int GroupId(string name) => Groups.First(g => g.Name == name).Id;

    public int UserId(string number) => Users.First(u => u.Number == number).Id;
}

public sealed record GenerateRequest
{
    public int Users { get; init; }

    public int? FirstNumber { get; init; }

    public int Groups { get; init; }

    public int Dids { get; init; }
}

public sealed record GenerateResult(int Users, int Groups, int DidNumbers, string? FirstNumber, string? LastNumber);

public sealed record WelcomeEmailSent(int UserId, string Number, string? EmailAddress, string Trigger, DateTimeOffset At);

/// <summary>A web client password change: <c>How</c> is create, patch, regenerate, seed or cleared.</summary>
public sealed record WebClientPasswordChange(int UserId, string Number, string How, DateTimeOffset At);

/// <summary>Everything in a PBX: users with their groups, groups with members and office hours, DIDs, and what happened.</summary>
public sealed record StandInState(
    IReadOnlyList<JsonObject> Users,
    IReadOnlyList<JsonObject> Groups,
    IReadOnlyList<JsonObject> DidNumbers,
    IReadOnlyList<WelcomeEmailSent> WelcomeEmails,
    IReadOnlyList<WebClientPasswordChange> WebClientPasswords)
{
    public JsonObject User(string number) => Users.First(u => u["Number"]?.GetValue<string>() == number);

    public JsonObject Group(string name) => Groups.First(g => g["Name"]?.GetValue<string>() == name);
}

/// <summary>One request the PBX received. <c>Path</c> is relative to the PBX's base (<c>/xapi/v1/Users(Number='105')</c>),
/// <c>Query</c> decoded; <c>Status</c> null when the client hung up first; <c>Responded</c> false when no answer reached it.</summary>
public sealed record RecordedRequest(
    long Seq,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    JsonNode? Body,
    int? Status,
    bool TokenValid,
    bool Responded,
    string? Fault);

/// <summary>A fault to arm: matched by method (any when null) and a regex on the PBX-relative path (any when null),
/// applied <see cref="Times"/> times.</summary>
public sealed record FaultSpec
{
    public required string Kind { get; init; }

    public string? Method { get; init; }

    public string? Path { get; init; }

    public int? Times { get; init; }

    public int? Status { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public int? Milliseconds { get; init; }

    /// <summary>Answer with this status (and an OData error) before doing anything.</summary>
    public static FaultSpec WithStatus(int status, int? retryAfterSeconds = null) => new() { Kind = "status", Status = status, RetryAfterSeconds = retryAfterSeconds };

    /// <summary>Wait, then process normally (a client giving up during the wait cancels the call before anything is done).</summary>
    public static FaultSpec Delay(TimeSpan delay) => new() { Kind = "delay", Milliseconds = (int)delay.TotalMilliseconds };

    /// <summary>Process and commit, then abort the connection without an answer: a lost response.</summary>
    public static FaultSpec DropAfterCommit() => new() { Kind = "drop-after-commit" };

    /// <summary>Every token issued so far stops working; this call already gets a 401.</summary>
    public static FaultSpec ExpireTokens() => new() { Kind = "expire-tokens" };

    public FaultSpec On(string? method, string? pathRegex) => this with { Method = method, Path = pathRegex };

    public FaultSpec Repeated(int times) => this with { Times = times };
}

public sealed record ArmedFaultInfo(int Id, string Kind, string? Method, string? Path, int Remaining)
{
    [JsonExtensionData]
    public Dictionary<string, object?>? Extra { get; init; }
}
