using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.OData;

/// <summary>
/// A response built in full before anything is sent: the pipeline can record its status, then write it — or
/// drop the connection instead (the drop-after-commit fault: committed, but the client never hears).
/// </summary>
public sealed class Reply
{
    public const string ODataJson = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    // Relaxed escaping: quotes and accents stay readable in recorded calls and errors (still valid JSON).
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private Reply(int status, ReadOnlyMemory<byte> body, string? contentType)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    public int Status { get; }

    public ReadOnlyMemory<byte> Body { get; }

    public string? ContentType { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static Reply Empty(int status) => new(status, ReadOnlyMemory<byte>.Empty, null);

    /// <summary>A JSON body written straight to bytes (10,000 users are never a tree of nodes).</summary>
    public static Reply Json(int status, Action<Utf8JsonWriter> write, string contentType = ODataJson)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return new Reply(status, buffer.WrittenMemory, contentType);
    }

    public static Reply Json(int status, JsonNode? node, string contentType = "application/json; charset=utf-8") =>
        Json(status, w =>
        {
            if (node is null)
            {
                w.WriteNullValue();
            }
            else
            {
                node.WriteTo(w);
            }
        }, contentType);

    public static Reply Error(XapiException error) => Json(error.Status, w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteString("code", error.Code);
        w.WriteString("message", error.Details[0].Message);
        WriteTarget(w, error.Target);
        w.WriteStartArray("details");
        foreach (var detail in error.Details)
        {
            w.WriteStartObject();
            w.WriteString("code", detail.Code);
            w.WriteString("message", detail.Message);
            WriteTarget(w, detail.Target);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }, "application/json; charset=utf-8");

    public Reply With(string header, string value)
    {
        Headers[header] = value;
        return this;
    }

    private static void WriteTarget(Utf8JsonWriter w, string? target)
    {
        if (target is null)
        {
            w.WriteNull("target");
        }
        else
        {
            w.WriteString("target", target);
        }
    }
}
