using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>Speaks to the playground's Direct Line as Web Chat's polling client does (same requests, same headers).</summary>
public sealed class DirectLineClient : IDisposable
{
    private readonly HttpClient http;

    /// <param name="forwardedFor">Sent as X-Forwarded-For, as a reverse proxy relaying a remote browser would.</param>
    public DirectLineClient(Uri baseAddress, string? forwardedFor = null)
    {
        http = new HttpClient { BaseAddress = new Uri(baseAddress, "v3/directline/"), Timeout = TimeSpan.FromSeconds(30) };
        if (forwardedFor is not null)
        {
            http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
    }

    public string? ConversationId { get; private set; }

    public string? Token { get; set; }

    public string Watermark { get; private set; } = "";

    /// <summary>POST conversations as Web Chat does it: <c>Bearer undefined</c>, the user id and the locale.</summary>
    public async Task<(HttpStatusCode Status, JsonObject? Body)> StartAsync(string userId, string locale = "fr-FR")
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "conversations", new JsonObject { ["user"] = new JsonObject { ["id"] = userId }, ["locale"] = locale }, "undefined");
        if (status == HttpStatusCode.Created)
        {
            ConversationId = body!["conversationId"]!.GetValue<string>();
            Token = body["token"]!.GetValue<string>();
        }
        return (status, body);
    }

    /// <summary>GET activities after the current watermark, and moves the watermark on.</summary>
    public async Task<(HttpStatusCode Status, JsonArray Activities)> PollAsync(string? conversationId = null)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"conversations/{conversationId ?? ConversationId}/activities?watermark={Watermark}", null, Token);
        if (status != HttpStatusCode.OK)
        {
            return (status, []);
        }
        Watermark = body!["watermark"]!.GetValue<string>();
        return (status, body["activities"]!.AsArray());
    }

    public Task<(HttpStatusCode Status, JsonObject? Body)> SayAsync(string text, string clientActivityId, string? conversationId = null) =>
        PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "whoever-the-page-claims", ["role"] = "user" },
            ["locale"] = "fr-FR",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        }, conversationId);

    /// <summary>An Action.Submit as Web Chat posts it: the inputs and the action's data as value, postBack, no replyToId.</summary>
    public Task<(HttpStatusCode Status, JsonObject? Body)> SubmitAsync(JsonObject value, string clientActivityId) =>
        PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["value"] = value,
            ["from"] = new JsonObject { ["id"] = "whoever-the-page-claims", ["role"] = "user" },
            ["locale"] = "fr-FR",
            ["channelData"] = new JsonObject { ["postBack"] = true, ["clientActivityID"] = clientActivityId },
        }, null);

    public Task<(HttpStatusCode Status, JsonObject? Body)> PostAsync(JsonObject activity, string? conversationId) =>
        SendAsync(HttpMethod.Post, $"conversations/{conversationId ?? ConversationId}/activities", activity, Token);

    public async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(HttpMethod method, string path, JsonObject? body, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? "undefined");
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject);
    }

    public void Dispose() => http.Dispose();
}

internal static class ActivityJson
{
    public static string? Str(this JsonNode? node, string name) => node?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static JsonObject? Card(this JsonNode activity) => activity["attachments"]?[0]?["content"] as JsonObject;

    /// <summary>Every Action.Submit of a card, anywhere in it.</summary>
    public static IEnumerable<JsonObject> Submits(this JsonObject card) => Walk(card).Where(o => o.Str("type") == "Action.Submit");

    public static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var o in Walk(child))
                    {
                        yield return o;
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var o in Walk(child))
                    {
                        yield return o;
                    }
                }
                break;
        }
    }
}
