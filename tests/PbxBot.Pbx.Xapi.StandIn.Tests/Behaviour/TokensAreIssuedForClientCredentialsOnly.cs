using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>The swagger's <c>clientCredentials.tokenUrl: /connect/token</c>, with RFC 6749's answers.</summary>
public sealed class TokensAreIssuedForClientCredentialsOnly
{
    [Fact]
    public async Task TheRightCredentialsGetAShortLivedBearerToken()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { TokenLifetimeSeconds = 120 });

        var answer = await pbx.TokenRequestAsync(("grant_type", "client_credentials"), ("client_id", pbx.Pbx.ClientId), ("client_secret", pbx.Pbx.ClientSecret));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Bearer", answer.Body!["token_type"]!.GetValue<string>());
        Assert.Equal(120, answer.Body["expires_in"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(answer.Body["access_token"]!.GetValue<string>()));
        Assert.True(answer.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AWrongSecretIsInvalidClient()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.TokenRequestAsync(("grant_type", "client_credentials"), ("client_id", pbx.Pbx.ClientId), ("client_secret", "nope"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("invalid_client", answer.Body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownClientIsInvalidClient()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.TokenRequestAsync(("grant_type", "client_credentials"), ("client_id", "someone-else"), ("client_secret", pbx.Pbx.ClientSecret));

        Assert.Equal("invalid_client", answer.Body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task OtherGrantTypesAreUnsupported()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.TokenRequestAsync(("grant_type", "password"), ("client_id", pbx.Pbx.ClientId), ("client_secret", pbx.Pbx.ClientSecret), ("username", "admin"), ("password", "x"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("unsupported_grant_type", answer.Body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMissingGrantTypeIsAnInvalidRequest()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.TokenRequestAsync(("client_id", pbx.Pbx.ClientId), ("client_secret", pbx.Pbx.ClientSecret));

        Assert.Equal("invalid_request", answer.Body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AJsonBodyIsAnInvalidRequest()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.SendAsync(HttpMethod.Post, "/connect/token", $$"""{ "grant_type": "client_credentials", "client_id": "{{pbx.Pbx.ClientId}}" }""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("invalid_request", answer.Body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task HttpBasicClientAuthenticationWorksAndAWrongOneIsChallenged()
    {
        var pbx = await TestPbx.NewAsync();
        using var http = new HttpClient();

        async Task<HttpResponseMessage> Post(string secret)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, pbx.Url("/connect/token"))
            {
                Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")]),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{pbx.Pbx.ClientId}:{secret}")));
            return await http.SendAsync(request, TestPbx.Ct);
        }

        using var good = await Post(pbx.Pbx.ClientSecret);
        using var bad = await Post("wrong");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal("Basic", bad.Headers.WwwAuthenticate.Single().Scheme);
    }
}
