using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PbxBot.Channel.Authentication;

/// <summary>
/// The signing keys (and their endorsements) of one OpenID authority, cached and refreshed every 24 h, and at
/// once when a token names a key id the cache does not know (key rotation).
/// </summary>
internal sealed class SigningKeySource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;

    /// <summary>
    /// By default <c>RequestRefresh()</c> refreshes in the background, so the request that met the unknown key id
    /// would still fail (the next one would pass). In blocking mode that same request waits for the rotated keys.
    /// IdentityModel reads the switch once per process, on its first use: call this at startup.
    /// </summary>
    public static void UseBlockingRefresh() => AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);

    public SigningKeySource(string metadataUrl, HttpClient http)
    {
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !new Uri(metadataUrl).IsLoopback };
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = BotFrameworkConstants.MetadataRefreshInterval,
            RefreshInterval = BotFrameworkConstants.MetadataMinimumRefreshInterval,
        };
    }

    /// <summary>
    /// The authority's configuration, refreshed first when <paramref name="keyId"/> is not among its keys (at most
    /// once per <see cref="BotFrameworkConstants.MetadataMinimumRefreshInterval"/>, so bogus key ids cannot hammer it).
    /// </summary>
    public async Task<OpenIdConnectConfiguration> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken);
        if (keyId is null || HasKey(configuration, keyId))
        {
            return configuration;
        }
        manager.RequestRefresh();
        return await manager.GetConfigurationAsync(cancellationToken);
    }

    private static bool HasKey(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.SigningKeys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    /// <summary>The channels the key <paramref name="keyId"/> may sign for: its JWKS <c>endorsements</c> array.</summary>
    public static IReadOnlySet<string> EndorsementsOf(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(BotFrameworkConstants.EndorsementsField, out var value))
        {
            return endorsements;
        }
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString() is { } channel)
                    {
                        endorsements.Add(channel);
                    }
                }
                break;
            case IEnumerable<object> items:
                foreach (var item in items)
                {
                    if (item?.ToString() is { } channel)
                    {
                        endorsements.Add(channel);
                    }
                }
                break;
        }
        return endorsements;
    }
}
