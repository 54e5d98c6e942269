using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PbxBot.Channel.Connector;

/// <summary>
/// The service URLs allowed to receive the bot's app token: those that arrived in an authenticated activity, the
/// configured allowlist, and Teams' public Connector. Anything else (an attacker-chosen serviceUrl in a forged or
/// unauthenticated activity) is called without the token.
/// </summary>
public sealed class ServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, Uri> trusted = new(StringComparer.OrdinalIgnoreCase);

    public ServiceUrlTrust(IOptions<BotOptions> options)
    {
        Trust(BotFrameworkConstants.TeamsServiceUrl);
        foreach (var url in options.Value.TrustedServiceUrls)
        {
            Trust(url);
        }
    }

    /// <summary>Trusts the serviceUrl of an activity whose token was validated (and tied to that serviceUrl).</summary>
    public void Trust(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            var normalized = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
            trusted.TryAdd(normalized.AbsoluteUri, normalized);
        }
    }

    /// <summary>True when <paramref name="requestUri"/> lies under a trusted service URL (same origin, path prefix).</summary>
    public bool IsTrusted(Uri requestUri) => trusted.Values.Any(t =>
        string.Equals(t.Scheme, requestUri.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(t.IdnHost, requestUri.IdnHost, StringComparison.OrdinalIgnoreCase)
        && t.Port == requestUri.Port
        && requestUri.AbsolutePath.StartsWith(t.AbsolutePath, StringComparison.OrdinalIgnoreCase));
}
