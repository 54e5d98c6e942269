using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace PbxBot.Channel.Connector;

/// <summary>
/// The app token of a MultiTenant or SingleTenant bot: OAuth2 client credentials against the configured token
/// endpoint (<c>botframework.com</c> or the bot's tenant), scope <c>https://api.botframework.com/.default</c>.
/// </summary>
internal sealed class ClientCredentialsTokenProvider(IHttpClientFactory httpClientFactory, IOptions<BotOptions> options, TimeProvider time)
    : CachedAppTokenProvider(time)
{
    private readonly TimeProvider time = time;

    protected override async Task<(string Token, DateTimeOffset ExpiresOn)> FetchAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        var endpoint = bot.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(bot.TokenAuthority), StringComparison.Ordinal);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = bot.MicrosoftAppId!,
            ["client_secret"] = bot.MicrosoftAppPassword!,
            ["scope"] = bot.ConnectorScope,
        });
        var http = httpClientFactory.CreateClient(ChannelHttpClients.AppToken);
        using var response = await http.PostAsync(new Uri(endpoint), form, cancellationToken);
        TokenResponse? body = null;
        try
        {
            body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            // Reported below with the status code.
        }
        if (!response.IsSuccessStatusCode || body?.AccessToken is not { Length: > 0 } token)
        {
            // The identity platform's error code (e.g. invalid_client) says what to fix; the secret is never in it.
            throw new ConnectorException(
                $"The bot's app token could not be obtained from {new Uri(endpoint).GetLeftPart(UriPartial.Authority)}: {(int)response.StatusCode} {body?.Error}".TrimEnd(),
                (int)response.StatusCode,
                body?.Error);
        }
        return (token, time.GetUtcNow().AddSeconds(body.ExpiresIn > 0 ? body.ExpiresIn : 3600));
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn,
        [property: JsonPropertyName("error")] string? Error);
}
