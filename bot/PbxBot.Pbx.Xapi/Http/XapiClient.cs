using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Authentication;
using PbxBot.Pbx.Xapi.Configuration;
using Polly.Timeout;

namespace PbxBot.Pbx.Xapi.Http;

/// <summary>
/// Calls one PBX's <c>/xapi/v1</c> with its access token. A 401 refreshes the token once and repeats the call once
/// (the PBX did nothing with a request it did not authenticate, so even a create may be repeated); a second 401 means
/// the credentials are refused. Every call is logged with method, path, status and elapsed time — never a token, a
/// secret or a body.
/// </summary>
internal sealed class XapiClient(XapiPbxOptions pbx, IHttpClientFactory httpClients, XapiTokenCache tokens, TimeProvider time, ILogger logger)
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly XapiAddress api = XapiAddress.Root(pbx.Url!).Api;

    public string PbxId { get; } = pbx.PbxId!;

    /// <summary>GET a resource that must exist.</summary>
    public async Task<T> GetAsync<T>(string resource, JsonTypeInfo<T> type, XapiTarget target, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(HttpMethod.Get, resource, null, target, cancellationToken);
        return await ReadAsync(response, type, target, cancellationToken)
            ?? throw new PbxUnavailableException($"The PBX {PbxId} answered an empty body about {target.Description}.");
    }

    /// <summary>GET an entity by key; null when the PBX answers 404.</summary>
    public async Task<T?> FindAsync<T>(string resource, JsonTypeInfo<T> type, XapiTarget target, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await CallAsync(HttpMethod.Get, resource, null, target, cancellationToken, notFoundIsAnswer: true);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync(response, type, target, cancellationToken);
    }

    /// <summary>POST, PATCH or DELETE; the answer's entity when there is one (201), null for 204.</summary>
    public async Task<T?> SendAsync<T>(HttpMethod method, string resource, JsonNode? body, JsonTypeInfo<T> type, XapiTarget target, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await CallAsync(method, resource, body, target, cancellationToken);
        return await ReadAsync(response, type, target, cancellationToken);
    }

    public async Task SendAsync(HttpMethod method, string resource, JsonNode? body, XapiTarget target, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(method, resource, body, target, cancellationToken);
    }

    private async Task<HttpResponseMessage> CallAsync(
        HttpMethod method, string resource, JsonNode? body, XapiTarget target, CancellationToken cancellationToken, bool notFoundIsAnswer = false)
    {
        var uri = api.Append(resource);
        var token = await tokens.GetAsync(cancellationToken);
        var response = await SendOnceAsync(method, uri, body, token, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            tokens.Invalidate(token);
            token = await tokens.GetAsync(cancellationToken);
            response = await SendOnceAsync(method, uri, body, token, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                response.Dispose();
                throw new PbxUnavailableException(
                    $"The PBX {PbxId} refused PbxBot's credentials: a fresh access token was refused too (401). Check {pbx.Setting("ClientId")} and "
                    + $"{pbx.Setting("ClientSecret")}, and that the API client still has 3CX Configuration API access in the 3CX console.");
            }
        }
        if (response.IsSuccessStatusCode || (notFoundIsAnswer && response.StatusCode == HttpStatusCode.NotFound))
        {
            return response;
        }
        using (response)
        {
            throw await XapiErrors.ReadAsync(response, PbxId, target, time, cancellationToken);
        }
    }

    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The response is the caller's to dispose.")]
    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, Uri uri, JsonNode? body, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(Json);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        var started = time.GetTimestamp();
        try
        {
            var response = await httpClients.CreateClient(XapiHttpClients.Api).SendAsync(request, cancellationToken);
            Log(method, uri, (int)response.StatusCode, started);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("XAPI {PbxId} {Method} {Path} failed after {ElapsedMs} ms: {Error}", PbxId, method, uri.AbsolutePath, Elapsed(started), e.GetType().Name);
            var reason = e is HttpRequestException ? $"could not be reached: {e.Message}" : "did not answer in time";
            throw new PbxUnavailableException($"The PBX {PbxId} {reason} ({method} {uri.AbsolutePath}).", null, e);
        }
    }

    private async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, XapiTarget target, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return default;
        }
        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new PbxUnavailableException($"The PBX {PbxId} answered JSON PbxBot cannot read about {target.Description}: {e.Message}", null, e);
        }
    }

    private void Log(HttpMethod method, Uri uri, int status, long started)
    {
        var level = status >= 400 ? LogLevel.Warning : method == HttpMethod.Get ? LogLevel.Debug : LogLevel.Information;
        // Path and query only: they name users, groups and selected properties, never a credential.
        logger.Log(level, "XAPI {PbxId} {Method} {Path} → {Status} in {ElapsedMs} ms", PbxId, method, Uri.UnescapeDataString(uri.PathAndQuery), status, Elapsed(started));
    }

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;
}
