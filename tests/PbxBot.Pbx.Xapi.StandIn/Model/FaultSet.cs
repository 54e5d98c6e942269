using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PbxBot.Pbx.Xapi.StandIn.OData;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>
/// Faults a test arms on a tenant. Each matches a method (any when absent) and a regex on the tenant-relative path
/// (any when absent), and applies to that many matching calls (<c>times</c>, default 1); the first armed fault
/// that matches is used, one per call.
/// </summary>
public sealed class FaultSet
{
    public static readonly string[] Kinds = ["status", "delay", "drop-after-commit", "expire-tokens"];

    private readonly Lock gate = new();
    private readonly List<ArmedFault> faults = [];
    private int nextId = 1;

    public ArmedFault Add(JsonObject body)
    {
        var fault = ArmedFault.From(body);
        lock (gate)
        {
            fault.Id = nextId++;
            faults.Add(fault);
        }
        return fault;
    }

    public ArmedFault? Take(string method, string path)
    {
        lock (gate)
        {
            var fault = faults.FirstOrDefault(f => f.Matches(method, path));
            if (fault is not null && --fault.Remaining == 0)
            {
                faults.Remove(fault);
            }
            return fault;
        }
    }

    public IReadOnlyList<ArmedFault> Snapshot()
    {
        lock (gate)
        {
            return [.. faults];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }
}

/// <summary>One armed fault: <c>{ "kind", "method"?, "path"?, "times"?, "status"?, "retryAfterSeconds"?, "milliseconds"? }</c>.</summary>
public sealed class ArmedFault
{
    public int Id { get; set; }

    public required string Kind { get; init; }

    public string? Method { get; init; }

    public string? PathPattern { get; init; }

    public Regex? Path { get; init; }

    public int Remaining { get; set; }

    public int Status { get; init; } = 503;

    public int? RetryAfterSeconds { get; init; }

    public int Milliseconds { get; init; }

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) && (Path is null || Path.IsMatch(path));

    public static ArmedFault From(JsonObject body)
    {
        string[] known = ["kind", "method", "path", "times", "status", "retryAfterSeconds", "milliseconds"];
        foreach (var (name, _) in body)
        {
            if (!known.Contains(name))
            {
                throw XapiException.BadRequest(ErrorCodes.UnknownProperty, $"Unknown fault property '{name}' (known: {string.Join(", ", known)}).", name);
            }
        }
        var kind = Json.String(body["kind"]);
        if (kind is null || !FaultSet.Kinds.Contains(kind))
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidValue, $"kind must be one of {string.Join(", ", FaultSet.Kinds)}.", "kind");
        }
        var pattern = Json.String(body["path"]);
        Regex? regex;
        try
        {
            regex = pattern is null ? null : new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException error)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidValue, $"path is not a valid regex: {error.Message}", "path");
        }
        var status = Json.Int(body["status"]) ?? 503;
        if (kind == "status" && status is < 400 or > 599)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidValue, "status must be from 400 to 599.", "status");
        }
        var milliseconds = Json.Int(body["milliseconds"]) ?? 0;
        if (kind == "delay" && milliseconds <= 0)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidValue, "A delay needs milliseconds above 0.", "milliseconds");
        }
        var times = Json.Int(body["times"]) ?? 1;
        if (times < 1)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidValue, "times must be at least 1.", "times");
        }
        return new ArmedFault
        {
            Kind = kind,
            Method = Json.String(body["method"]),
            PathPattern = pattern,
            Path = regex,
            Remaining = times,
            Status = status,
            RetryAfterSeconds = Json.Int(body["retryAfterSeconds"]),
            Milliseconds = milliseconds,
        };
    }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["kind"] = Kind,
        ["method"] = Method,
        ["path"] = PathPattern,
        ["remaining"] = Remaining,
        ["status"] = Kind == "status" ? Status : null,
        ["retryAfterSeconds"] = RetryAfterSeconds,
        ["milliseconds"] = Kind == "delay" ? Milliseconds : null,
    };
}
