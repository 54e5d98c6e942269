using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>
/// Every request a tenant's 3CX surface received (<c>/connect/token</c> and <c>/xapi/v1</c>), in arrival order.
/// Never the client secret (redacted) nor the bearer token (only whether it was valid).
/// </summary>
public sealed class CallLog
{
    private readonly Lock gate = new();
    private readonly List<RecordedCall> calls = [];
    private long seq;

    public RecordedCall Begin(string method, string path, IReadOnlyDictionary<string, string> query, JsonNode? body)
    {
        lock (gate)
        {
            var call = new RecordedCall(++seq, method, path, query, body);
            calls.Add(call);
            return call;
        }
    }

    /// <summary>Changes a call's outcome; the request's thread writes it, the test API's reads it.</summary>
    public void Update(RecordedCall call, Action<RecordedCall> change)
    {
        lock (gate)
        {
            change(call);
        }
    }

    /// <summary>Copies of the calls so far, consistent with every update made before.</summary>
    public IReadOnlyList<RecordedCall> Snapshot()
    {
        lock (gate)
        {
            return [.. calls.Select(c => c.Copy())];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }
}

/// <summary>One received request; its outcome is filled in when it is answered.</summary>
public sealed class RecordedCall(long seq, string method, string path, IReadOnlyDictionary<string, string> query, JsonNode? body)
{
    public long Seq { get; } = seq;

    public string Method { get; } = method;

    public string Path { get; } = path;

    public IReadOnlyDictionary<string, string> Query { get; } = query;

    public JsonNode? Body { get; } = body;

    /// <summary>The status the stand-in produced; null while in progress or when the client gave up first.</summary>
    public int? Status { get; set; }

    public bool TokenValid { get; set; }

    /// <summary>False when no response reached the client (drop-after-commit, or the client hung up).</summary>
    public bool Responded { get; set; }

    /// <summary>The kind of the fault applied to this call, if any.</summary>
    public string? Fault { get; set; }

    public RecordedCall Copy() => new(Seq, Method, Path, Query, Body) { Status = Status, TokenValid = TokenValid, Responded = Responded, Fault = Fault };
}
