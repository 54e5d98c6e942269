using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Configuration;
using PbxBot.Pbx.Xapi.Http;
using Polly.Timeout;

namespace PbxBot.Pbx.Xapi.Authentication;

/// <summary>
/// OAuth 2 client credentials against the PBX: <c>POST {Url}/connect/token</c> with <c>grant_type=client_credentials</c>,
/// <c>client_id</c> and <c>client_secret</c> (the console's API client and its API key). Neither the secret nor the
/// token ever reaches a log line or an exception message.
/// </summary>
internal sealed class ClientCredentials(XapiPbxOptions pbx, IHttpClientFactory httpClients, TimeProvider time, ILogger logger)
{
    /// <summary>Assumed when the PBX gives no <c>expires_in</c>: 3CX documents its tokens as valid for 60 minutes.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(60);

    private readonly Uri endpoint = XapiAddress.Root(pbx.Url!).Append("connect/token");

    public async Task<XapiToken> RequestAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = pbx.ClientId!,
            ["client_secret"] = pbx.ClientSecret!,
        });
        var started = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(XapiHttpClients.Token).PostAsync(endpoint, form, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("XAPI {PbxId} POST {Path} failed after {ElapsedMs} ms: {Error}", pbx.PbxId, endpoint.AbsolutePath, Elapsed(started), e.GetType().Name);
            throw new PbxUnavailableException($"The PBX {pbx.PbxId} could not be reached for an access token ({Reason(e)}).", null, e);
        }
        using (response)
        {
            logger.LogDebug("XAPI {PbxId} POST {Path} → {Status} in {ElapsedMs} ms", pbx.PbxId, endpoint.AbsolutePath, (int)response.StatusCode, Elapsed(started));
            var body = await ReadAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode && body.AccessToken is { Length: > 0 } token)
            {
                var lifetime = body.ExpiresIn is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : DefaultLifetime;
                return new XapiToken(token, time.GetUtcNow() + lifetime);
            }
            throw Refusal(response, body.Error);
        }
    }

    private PbxUnavailableException Refusal(HttpResponseMessage response, string? error)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // invalid_client, unauthorized…: the only fix is in configuration. Only the OAuth error code is repeated.
            return new PbxUnavailableException(
                $"The PBX {pbx.PbxId} refused PbxBot's client credentials ({status}{(error is null ? "" : " " + error)}): check {pbx.Setting("ClientId")} and "
                + $"{pbx.Setting("ClientSecret")} against the API client in the 3CX console (Integrations ▸ API), which must have 3CX Configuration API access.");
        }
        var what = response.IsSuccessStatusCode ? "an answer without an access token" : $"{status} {response.ReasonPhrase}";
        return new PbxUnavailableException($"The PBX {pbx.PbxId} gave no access token: {what}.", XapiErrors.RetryAfter(response, time));
    }

    private static async Task<TokenAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
            var root = json.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? default
                : new TokenAnswer(String(root, "access_token"), root.TryGetProperty("expires_in", out var e) && e.TryGetInt64(out var s) ? s : null, String(root, "error"));
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Reason(Exception e) => e is HttpRequestException ? e.Message : "no answer in time";

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;

    private readonly record struct TokenAnswer(string? AccessToken, long? ExpiresIn, string? Error);
}
