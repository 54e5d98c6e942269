using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PbxBot.Channel.Connector;

/// <summary>
/// Puts the app token on each Connector attempt, but only towards a trusted service URL: the token must never
/// reach a serviceUrl an attacker could have chosen.
/// </summary>
internal sealed class ConnectorAuthorizationHandler(
    IAppTokenProvider tokens,
    ServiceUrlTrust trust,
    IOptions<BotOptions> options,
    ILogger<ConnectorAuthorizationHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attached = false;
        if (options.Value.AuthenticationEnabled && request.RequestUri is { } uri)
        {
            if (!trust.IsTrusted(uri))
            {
                logger.LogWarning(
                    "Calling {ServiceUrl} without the bot's token: it is not a trusted service URL (add it to Bot:TrustedServiceUrls if it is a Bot Framework Connector)",
                    uri.GetLeftPart(UriPartial.Authority));
            }
            else if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                attached = true;
            }
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (attached && response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate();
        }
        return response;
    }
}
