using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Activities;
using Polly.Timeout;

namespace PbxBot.Channel.Connector;

/// <summary>
/// The Connector REST API (base = the conversation's serviceUrl). Retries, timeouts and the app token are added
/// by the HttpClient's pipeline; this class only knows the calls and what their errors mean.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger)
{
    /// <summary>Replies to <paramref name="replyToId"/> (threads under it in Teams channels). Returns the new activity's id.</summary>
    public async Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, cancellationToken);
        return response?.Id;
    }

    /// <summary>Posts a new activity at the end of the conversation. Returns its id.</summary>
    public async Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);
        return response?.Id;
    }

    /// <summary>Replaces an activity the bot sent (a card, once acted on).</summary>
    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    /// <summary>Opens (or finds) a conversation, e.g. the personal chat with a user, for a proactive message.</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken)
        ?? throw new ConnectorException("The Connector created a conversation but returned no id.");

    /// <summary>One member of a conversation, with the UPN and e-mail Teams adds; null when the Connector returns nothing.</summary>
    public Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        SendAsync<TeamsChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", null, cancellationToken);

    private static string Escape(string id) => Uri.EscapeDataString(id);

    /// <summary>The serviceUrl with a trailing slash (the protocol allows both) joined with the call's path.</summary>
    internal static Uri Url(string serviceUrl, string path) =>
        new(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute), path);

    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        var url = Url(serviceUrl, path);
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ChannelJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException
                                  || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException($"The Connector at {url.GetLeftPart(UriPartial.Authority)} could not be reached: {e.Message}", inner: e);
        }
        using (response)
        {
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return content.Length == 0 ? null : TryDeserialize<T>(content);
            }
            var error = TryDeserialize<ConnectorErrorBody>(content)?.Error;
            var status = (int)response.StatusCode;
            logger.LogWarning("Connector {Method} {Path} answered {Status} {Code}", method, path, status, error?.Code);
            var failure = new ConnectorException($"The Connector answered {status} {error?.Code}: {error?.Message}".TrimEnd(' ', ':'), status, error?.Code);
            // Retrying never helps here: the user blocked the bot, removed it, or the conversation is gone.
            if (status == 403 || (status == 404 && string.Equals(error?.Code, "ConversationNotFound", StringComparison.OrdinalIgnoreCase)))
            {
                throw new ConversationUnreachableException($"The conversation cannot be reached: {error?.Code ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture)}", failure);
            }
            throw failure;
        }
    }

    private static T? TryDeserialize<T>(byte[] content) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(content, ChannelJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
