using System.Net;
using Microsoft.Extensions.Time.Testing;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>Without a valid, unexpired bearer token of this very PBX, every /xapi/v1 call is a 401 with a Bearer challenge.</summary>
public sealed class EveryXapiCallNeedsAValidBearerToken
{
    [Fact]
    public async Task NoTokenIsA401WithABearerChallengeAndAnODataError()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.SendAsync(HttpMethod.Get, "/Users", null, bearer: "", adjust: r => r.Headers.Authorization = null);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("Bearer", answer.Headers.WwwAuthenticate.Single().Scheme);
        SwaggerSchemas.AssertMatches("ListUser", 401, answer.Body);
    }

    [Fact]
    public async Task AWrongTokenIsA401NamingInvalidToken()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.GetAsync("/Users", bearer: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("invalid_token", answer.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenExpiresWithThePbxsClock()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { TokenLifetimeSeconds = 30 });
        var token = await pbx.NewTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await pbx.GetAsync("/Users", token)).Status);

        await pbx.Control.AdvanceClockAsync(pbx.Pbx, TimeSpan.FromSeconds(31), TestPbx.Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await pbx.GetAsync("/Users", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await pbx.GetAsync("/Users", await pbx.NewTokenAsync())).Status);
    }

    [Fact]
    public async Task ATokenExpiresWithAFakeTimeProvider()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await XapiStandInServer.StartAsync(new StandInOptions { TimeProvider = clock }, TestPbx.Ct);
        var pbx = TestPbx.On(server.Control, await server.Control.CreatePbxAsync(null, TestPbx.Ct));
        var token = await pbx.NewTokenAsync();

        clock.Advance(TimeSpan.FromSeconds(59));
        var stillValid = await pbx.GetAsync("/Users", token);
        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await pbx.GetAsync("/Users", token);

        Assert.Equal(HttpStatusCode.OK, stillValid.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
    }

    [Fact]
    public async Task AnotherPbxsTokenIsRefused()
    {
        var first = await TestPbx.NewAsync();
        var second = await TestPbx.NewAsync();

        var answer = await second.GetAsync("/Users", await first.NewTokenAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
    }

    [Fact]
    public async Task EvenAnUnknownPathWantsAToken()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.GetAsync("/NoSuchThing", bearer: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
    }
}
