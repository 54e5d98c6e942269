using Azure.Core;
using Microsoft.Extensions.Options;

namespace PbxBot.Channel.Connector;

/// <summary>
/// The app token of a bot registered with a user-assigned managed identity: the platform's identity endpoint,
/// through <c>Azure.Identity</c> (<see cref="Azure.Identity.ManagedIdentityCredential"/> in production).
/// </summary>
internal sealed class ManagedIdentityTokenProvider(TokenCredential credential, IOptions<BotOptions> options, TimeProvider time)
    : CachedAppTokenProvider(time)
{
    protected override async Task<(string Token, DateTimeOffset ExpiresOn)> FetchAsync(CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext([options.Value.ConnectorScope]), cancellationToken);
        return (token.Token, token.ExpiresOn);
    }
}
