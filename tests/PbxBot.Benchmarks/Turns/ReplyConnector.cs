using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PbxBot.Testing.Channel;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// The Bot Framework Connector the bot replies to, kept lean for a load test: it answers every
/// <c>POST|PUT v3/conversations/{id}/activities[/{id}]</c> with a fresh activity id and hands a new message (POST) to
/// the conversation's inbox. A card updated in place (PUT) — the confirmation card once the PBX has applied the
/// change — is not a reply of a turn: it is timed instead (<see cref="AppliedAt"/>). The test harness's
/// <see cref="FakeConnector"/> records and scans every call, which a run of a hundred thousand turns cannot afford.
/// </summary>
public sealed partial class ReplyConnector : IAsyncDisposable
{
    private const string Prefix = "/v3/conversations/";
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> inboxes = new(StringComparer.Ordinal);
    private long nextId;
    private long unexpected;
    private readonly ConcurrentDictionary<string, long> applied = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> notApplied = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long At, string Card)> lastUpdates = new(StringComparer.Ordinal);

    private ReplyConnector(WebApplication app) => this.app = app;

    /// <summary>The serviceUrl the activities carry.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Calls that were not an activity sent to a conversation (each is an error of the run).</summary>
    public long Unexpected => Interlocked.Read(ref unexpected);

    public static async Task<ReplyConnector> StartAsync(CancellationToken ct)
    {
        var app = LoopbackServer.CreateBuilder().Build();
        var connector = new ReplyConnector(app);
        app.Run(connector.HandleAsync);
        connector.ServiceUrl = (await LoopbackServer.StartAsync(app, ct)).AbsoluteUri;
        return connector;
    }

    /// <summary>Takes what arrived for <paramref name="conversationId"/> since the last call, in order.</summary>
    public List<string> Drain(string conversationId)
    {
        var arrived = new List<string>();
        if (inboxes.TryGetValue(conversationId, out var inbox))
        {
            while (inbox.TryDequeue(out var body))
            {
                arrived.Add(body);
            }
        }
        return arrived;
    }

    /// <summary>Serves <paramref name="content"/> as Teams' pre-authenticated download link of a file a user sent.</summary>
    public Uri ServeFile(byte[] content)
    {
        var id = Guid.NewGuid().ToString("N");
        files[id] = content;
        return new Uri(new Uri(ServiceUrl), $"files/{id}");
    }

    /// <summary>The last card of <paramref name="conversationId"/> updated in place (decoded JSON) and when it arrived, if any.</summary>
    public (long At, string Card)? LastUpdate(string conversationId) => lastUpdates.TryGetValue(conversationId, out var update) ? update : null;

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        if (context.Request.Method == "GET" && path.StartsWith("/files/", StringComparison.Ordinal) && files.TryGetValue(path["/files/".Length..], out var file))
        {
            context.Response.ContentType = "text/csv";
            await context.Response.Body.WriteAsync(file, context.RequestAborted);
            return;
        }
        var activities = path.IndexOf("/activities", StringComparison.Ordinal);
        if (!path.StartsWith(Prefix, StringComparison.Ordinal) || activities < 0 || context.Request.Method is not ("POST" or "PUT"))
        {
            Interlocked.Increment(ref unexpected);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var conversationId = Uri.UnescapeDataString(path[Prefix.Length..activities]);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (context.Request.Method == "PUT")
        {
            var at = System.Diagnostics.Stopwatch.GetTimestamp();
            // Decoded first: the card's text travels JSON-escaped ("cr\u00E9\u00E9e").
            var text = System.Text.Json.Nodes.JsonNode.Parse(body)?["attachments"]?[0]?["content"]?.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }) ?? "";
            lastUpdates[conversationId] = (at, text);
            if (AppliedExtension().Match(text) is { Success: true } match)
            {
                applied.TryAdd(match.Groups[1].Value, at);
            }
            else if (NotAppliedExtension().Match(text) is { Success: true } failed)
            {
                notApplied.TryAdd(failed.Groups[1].Value, failed.Groups[2].Value);
            }
        }
        else
        {
            inboxes.GetOrAdd(conversationId, _ => new ConcurrentQueue<string>()).Enqueue(body);
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"reply-{Interlocked.Increment(ref nextId)}\"}}", context.RequestAborted);
    }

    /// <summary>When the card saying extension <paramref name="number"/> is applied on the PBX arrived (a Stopwatch timestamp), if it did.</summary>
    public long? AppliedAt(string number) => applied.TryGetValue(number, out var at) ? at : null;

    /// <summary>The extensions whose card says the PBX refused them or could not be reached, with what it says.</summary>
    public IReadOnlyDictionary<string, string> NotApplied => notApplied;

    [System.Text.RegularExpressions.GeneratedRegex("Extension ([0-9]+) créée")]
    private static partial System.Text.RegularExpressions.Regex AppliedExtension();

    [System.Text.RegularExpressions.GeneratedRegex("Extension ([0-9]+) : (refusé par le PBX|PBX injoignable)")]
    private static partial System.Text.RegularExpressions.Regex NotAppliedExtension();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
