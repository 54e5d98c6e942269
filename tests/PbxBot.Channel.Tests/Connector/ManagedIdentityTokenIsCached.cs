using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PbxBot.Channel.Connector;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>A user-assigned managed identity gets the Connector scope from the platform, cached like the secret-based token.</summary>
public sealed class ManagedIdentityTokenIsCached
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_identity_is_asked_once_for_the_connector_scope_until_the_token_nears_expiry()
    {
        var credential = new CountingCredential(time);
        using var provider = new ManagedIdentityTokenProvider(credential, Options.Create(new BotOptions { MicrosoftAppId = "msi-client-id" }), time);
        var ct = TestContext.Current.CancellationToken;

        var first = await provider.GetTokenAsync(ct);
        var second = await provider.GetTokenAsync(ct);
        time.Advance(TimeSpan.FromMinutes(56));
        var third = await provider.GetTokenAsync(ct);

        Assert.Equal("mi-token-1", first);
        Assert.Equal(first, second);
        Assert.Equal("mi-token-2", third);
        Assert.Equal(["https://api.botframework.com/.default"], credential.Scopes.Distinct());
    }

    private sealed class CountingCredential(TimeProvider time) : TokenCredential
    {
        private int calls;

        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken($"mi-token-{++calls}", time.GetUtcNow().AddHours(1)));
        }
    }
}
