using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PbxBot.Testing.Channel;

/// <summary>
/// A Bot Framework Connector (and OAuth2 token endpoint) on loopback, as Azure Bot Service would answer: it records
/// every call with its body and Authorization header, can be told to fail the next calls (429 with Retry-After,
/// 403 ConversationBlockedByUser…), and lets a test await the activities it delivered.
/// </summary>
public sealed partial class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string basePath;
    private readonly Lock gate = new();
    private readonly List<ConnectorCall> calls = [];
    private readonly List<Failure> failures = [];
    private readonly List<(int Count, TaskCompletionSource Done)> waiters = [];
    private readonly Dictionary<string, string> upns = new(StringComparer.Ordinal);
    private int nextId;

    private FakeConnector(WebApplication app, string basePath)
    {
        this.app = app;
        this.basePath = basePath;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The serviceUrl activities should carry, e.g. <c>http://127.0.0.1:41234/amer/</c>.</summary>
    public string ServiceUrl => new Uri(BaseAddress, basePath).AbsoluteUri;

    /// <summary>The token endpoint template for <c>Bot:TokenEndpoint</c> (<c>{tenant}</c> is kept for the bot to fill).</summary>
    public string TokenEndpoint => BaseAddress.AbsoluteUri + "{tenant}/oauth2/v2.0/token";

    /// <summary>The <c>expires_in</c> of the tokens it issues.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <param name="basePath">The serviceUrl's path, as Teams uses regional ones (<c>amer/</c>, <c>emea/</c>).</param>
    public static async Task<FakeConnector> StartAsync(string basePath = "", CancellationToken cancellationToken = default)
    {
        var normalized = basePath.Trim('/') is { Length: > 0 } path ? path + "/" : string.Empty;
        var builder = LoopbackServer.CreateBuilder();
        var app = builder.Build();
        var connector = new FakeConnector(app, normalized);
        app.Run(connector.HandleAsync);
        connector.BaseAddress = await LoopbackServer.StartAsync(app, cancellationToken);
        return connector;
    }

    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>Activities it accepted (sent, replied, updated), in arrival order.</summary>
    public IReadOnlyList<ConnectorCall> Activities => [.. Calls.Where(c => c.Succeeded && IsActivity(c.Kind))];

    public IReadOnlyList<ConnectorCall> TokenRequests => [.. Calls.Where(c => c.Kind == ConnectorCallKind.Token)];

    /// <summary>
    /// The next <paramref name="count"/> Connector calls (token requests excepted) matching <paramref name="when"/>
    /// answer <paramref name="statusCode"/> with <c>{"error":{"code"}}</c> and, if given, a Retry-After header.
    /// </summary>
    public void FailNext(int count, int statusCode, string? errorCode = null, string? retryAfter = null, Func<ConnectorCall, bool>? when = null)
    {
        lock (gate)
        {
            failures.Add(new Failure(count, statusCode, errorCode ?? "Failure", retryAfter, when ?? (_ => true)));
        }
    }

    /// <summary>
    /// Makes <c>GET v3/conversations/{id}/members/{channelUserId}</c> answer this user with their UPN, as Teams does
    /// (any other member is 404 <c>MemberNotFoundInConversation</c>).
    /// </summary>
    public void AddMember(string channelUserId, string userPrincipalName)
    {
        lock (gate)
        {
            upns[channelUserId] = userPrincipalName;
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> activities were accepted; returns them.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForActivitiesAsync(int count, TimeSpan timeout)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            if (calls.Count(c => c.Succeeded && IsActivity(c.Kind)) >= count)
            {
                return Activities;
            }
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, done));
        }
        try
        {
            await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The fake Connector received {Activities.Count} of {count} expected activities within {timeout}.");
        }
        return Activities;
    }

    private static bool IsActivity(ConnectorCallKind kind) =>
        kind is ConnectorCallKind.ReplyToActivity or ConnectorCallKind.SendToConversation or ConnectorCallKind.UpdateActivity;

    private async Task HandleAsync(HttpContext context)
    {
        if (await TryServeFileAsync(context))
        {
            return;
        }
        var request = context.Request;
        var rawPath = (context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/").Split('?')[0];
        var (kind, conversationId, activityId, tenant) = Route(request.Method, rawPath);

        JsonNode? body = null;
        var raw = string.Empty;
        var form = new Dictionary<string, string>();
        if (request.HasFormContentType)
        {
            foreach (var field in await request.ReadFormAsync(context.RequestAborted))
            {
                form[field.Key] = field.Value.ToString();
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            raw = await reader.ReadToEndAsync(context.RequestAborted);
            body = raw.Length == 0 ? null : JsonNode.Parse(raw);
        }

        var call = new ConnectorCall
        {
            Kind = kind,
            Method = request.Method,
            Path = rawPath,
            ConversationId = conversationId,
            ActivityId = kind == ConnectorCallKind.GetMember ? null : activityId,
            MemberId = kind == ConnectorCallKind.GetMember ? activityId : null,
            Body = body,
            RawBody = raw,
            Form = form,
            Tenant = tenant,
            Authorization = request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            ReceivedAt = DateTimeOffset.UtcNow,
            Status = 0,
        };

        var (status, answer, retryAfter) = Answer(call);
        Record(call with { Status = status, AnsweredId = answer["id"] is JsonValue id ? id.GetValue<string>() : null });
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        await context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
    }

    private (int Status, JsonObject Body, string? RetryAfter) Answer(ConnectorCall call)
    {
        lock (gate)
        {
            if (call.Kind is not ConnectorCallKind.Token and not ConnectorCallKind.Unknown
                && failures.Find(f => f.Remaining > 0 && f.When(call)) is { } failure)
            {
                failure.Remaining--;
                var error = new JsonObject { ["error"] = new JsonObject { ["code"] = failure.ErrorCode, ["message"] = $"scripted {failure.StatusCode}" } };
                return (failure.StatusCode, error, failure.RetryAfter);
            }
            var id = Interlocked.Increment(ref nextId);
            if (call.Kind == ConnectorCallKind.GetMember)
            {
                return upns.TryGetValue(call.MemberId!, out var upn)
                    ? (200, new JsonObject { ["id"] = call.MemberId, ["name"] = upn, ["userPrincipalName"] = upn, ["email"] = upn }, null)
                    : (404, new JsonObject { ["error"] = new JsonObject { ["code"] = "MemberNotFoundInConversation", ["message"] = call.MemberId } }, null);
            }
            return call.Kind switch
            {
                ConnectorCallKind.ReplyToActivity or ConnectorCallKind.SendToConversation => (200, new JsonObject { ["id"] = $"activity-{id}" }, null),
                ConnectorCallKind.UpdateActivity or ConnectorCallKind.DeleteActivity => (200, new JsonObject { ["id"] = call.ActivityId }, null),
                ConnectorCallKind.CreateConversation => (201, new JsonObject { ["id"] = $"conversation-{id}", ["serviceUrl"] = ServiceUrl }, null),
                ConnectorCallKind.Token => (200, new JsonObject
                {
                    ["token_type"] = "Bearer",
                    ["expires_in"] = (long)TokenLifetime.TotalSeconds,
                    ["ext_expires_in"] = (long)TokenLifetime.TotalSeconds,
                    ["access_token"] = $"token-{id}",
                }, null),
                _ => (404, new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = call.Path } }, null),
            };
        }
    }

    private void Record(ConnectorCall call)
    {
        lock (gate)
        {
            calls.Add(call);
            var delivered = calls.Count(c => c.Succeeded && IsActivity(c.Kind));
            foreach (var waiter in waiters.Where(w => delivered >= w.Count).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    private (ConnectorCallKind Kind, string? ConversationId, string? ActivityId, string? Tenant) Route(string method, string rawPath)
    {
        if (TokenPath().Match(rawPath) is { Success: true } token && HttpMethods.IsPost(method))
        {
            return (ConnectorCallKind.Token, null, null, Uri.UnescapeDataString(token.Groups["tenant"].Value));
        }
        var prefix = "/" + basePath;
        if (!rawPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return (ConnectorCallKind.Unknown, null, null, null);
        }
        var relative = rawPath[prefix.Length..];
        if (relative == "v3/conversations" && HttpMethods.IsPost(method))
        {
            return (ConnectorCallKind.CreateConversation, null, null, null);
        }
        if (MembersPath().Match(relative) is { Success: true } member && HttpMethods.IsGet(method))
        {
            return (ConnectorCallKind.GetMember, Uri.UnescapeDataString(member.Groups["conversation"].Value), Uri.UnescapeDataString(member.Groups["member"].Value), null);
        }
        if (ActivitiesPath().Match(relative) is not { Success: true } match)
        {
            return (ConnectorCallKind.Unknown, null, null, null);
        }
        var conversation = Uri.UnescapeDataString(match.Groups["conversation"].Value);
        var activity = match.Groups["activity"].Success ? Uri.UnescapeDataString(match.Groups["activity"].Value) : null;
        var kind = (method, activity) switch
        {
            ("POST", null) => ConnectorCallKind.SendToConversation,
            ("POST", _) => ConnectorCallKind.ReplyToActivity,
            ("PUT", not null) => ConnectorCallKind.UpdateActivity,
            ("DELETE", not null) => ConnectorCallKind.DeleteActivity,
            _ => ConnectorCallKind.Unknown,
        };
        return (kind, conversation, activity, null);
    }

    [GeneratedRegex("^/(?<tenant>[^/]+)/oauth2/v2\\.0/token$")]
    private static partial Regex TokenPath();

    [GeneratedRegex("^v3/conversations/(?<conversation>[^/]+)/activities(/(?<activity>[^/]+))?$")]
    private static partial Regex ActivitiesPath();

    [GeneratedRegex("^v3/conversations/(?<conversation>[^/]+)/members/(?<member>[^/]+)$")]
    private static partial Regex MembersPath();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class Failure(int remaining, int statusCode, string errorCode, string? retryAfter, Func<ConnectorCall, bool> when)
    {
        public int Remaining { get; set; } = remaining;

        public int StatusCode { get; } = statusCode;

        public string ErrorCode { get; } = errorCode;

        public string? RetryAfter { get; } = retryAfter;

        public Func<ConnectorCall, bool> When { get; } = when;
    }
}
