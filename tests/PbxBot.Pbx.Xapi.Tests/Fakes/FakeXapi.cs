using System.Text.Json;

namespace PbxBot.Pbx.Xapi.Tests.Fakes;

/// <summary>
/// The connector's transport in tests: records every request and answers with scripted replies (in order), then with
/// <see cref="Answer"/>. Token requests get a fresh token each (<c>token-1</c>, <c>token-2</c>…) unless
/// <see cref="TokenAnswer"/> says otherwise. It is shared by every handler chain the factory builds; HttpMessageHandler's
/// Dispose holds nothing, so it keeps answering after the factory lets a chain go.
/// </summary>
public sealed class FakeXapi : HttpMessageHandler
{
    private readonly Lock gate = new();
    private readonly List<XapiRequest> requests = [];
    private readonly Queue<Func<XapiRequest, HttpResponseMessage>> next = new();
    private int tokens;

    public TimeProvider Time { get; set; } = TimeProvider.System;

    public int TokenLifetimeSeconds { get; set; } = 3600;

    public Func<XapiRequest, HttpResponseMessage>? TokenAnswer { get; set; }

    /// <summary>How long an API call waits before its answer (cancellable, as a slow PBX's is).</summary>
    public TimeSpan ApiDelay { get; set; }

    /// <summary>What an API call gets when nothing is scripted.</summary>
    public Func<XapiRequest, HttpResponseMessage> Answer { get; set; } = Reply.NoContent();

    public IReadOnlyList<XapiRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public IReadOnlyList<XapiRequest> ApiCalls => [.. Requests.Where(r => !r.IsToken)];

    public IReadOnlyList<XapiRequest> TokenRequests => [.. Requests.Where(r => r.IsToken)];

    /// <summary>The next API calls get these replies, one each, in order.</summary>
    public void Next(params Func<XapiRequest, HttpResponseMessage>[] replies)
    {
        lock (gate)
        {
            foreach (var reply in replies)
            {
                next.Enqueue(reply);
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = await XapiRequest.FromAsync(request, Time.GetUtcNow());
        Func<XapiRequest, HttpResponseMessage> reply;
        lock (gate)
        {
            requests.Add(recorded);
            reply = recorded.IsToken ? TokenAnswer ?? IssueToken : next.Count > 0 ? next.Dequeue() : Answer;
        }
        if (!recorded.IsToken && ApiDelay > TimeSpan.Zero)
        {
            await Task.Delay(ApiDelay, cancellationToken);
        }
        var response = reply(recorded);
        response.RequestMessage = request;
        return response;
    }

    private HttpResponseMessage IssueToken(XapiRequest request)
    {
        var token = $"token-{Interlocked.Increment(ref tokens)}";
        return Reply.Json(new { token_type = "Bearer", expires_in = TokenLifetimeSeconds, access_token = token, refresh_token = (string?)null })(request);
    }

    public static string Serialize(object value) => JsonSerializer.Serialize(value);
}
