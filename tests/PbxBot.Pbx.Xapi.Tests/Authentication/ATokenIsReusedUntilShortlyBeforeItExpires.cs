using Microsoft.Extensions.Time.Testing;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Authentication;

/// <summary>One client-credentials request serves every call until a minute before the token expires.</summary>
public sealed class ATokenIsReusedUntilShortlyBeforeItExpires
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_token_request_is_client_credentials_at_the_pbx_s_connect_token()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.FindUserAsync("105", Ct);

        var request = Assert.Single(rig.Xapi.TokenRequests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/connect/token", request.Path);
        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = XapiRig.ClientId,
            ["client_secret"] = XapiRig.ClientSecret,
        }, request.Form);
        Assert.Equal("Bearer token-1", Assert.Single(rig.Xapi.ApiCalls).Authorization);
    }

    [Fact]
    public async Task A_url_with_a_path_is_appended_to()
    {
        await using var rig = await XapiRig.StartAsync(s => s["Xapi:Url"] = "http://127.0.0.1:5080/t/abc/");

        await rig.Pbx.FindUserAsync("105", Ct);

        Assert.Equal("/t/abc/connect/token", Assert.Single(rig.Xapi.TokenRequests).Path);
        Assert.Equal("/t/abc/xapi/v1/Users(Number='105')", Assert.Single(rig.Xapi.ApiCalls).Path);
    }

    [Fact]
    public async Task The_token_is_kept_until_a_minute_before_it_expires_then_renewed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        await using var rig = await XapiRig.StartAsync(time: time);

        await rig.Pbx.DeleteUserAsync(1, Ct);
        time.Advance(TimeSpan.FromMinutes(58));
        await rig.Pbx.DeleteUserAsync(2, Ct);
        Assert.Single(rig.Xapi.TokenRequests);

        time.Advance(TimeSpan.FromMinutes(1.5));
        await rig.Pbx.DeleteUserAsync(3, Ct);

        Assert.Equal(2, rig.Xapi.TokenRequests.Count);
        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], rig.Xapi.ApiCalls.Select(c => c.Authorization));
    }

    [Fact]
    public async Task A_short_lived_token_is_renewed_at_half_life()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        await using var rig = await XapiRig.StartAsync(time: time);
        rig.Xapi.TokenLifetimeSeconds = 60;

        await rig.Pbx.DeleteUserAsync(1, Ct);
        time.Advance(TimeSpan.FromSeconds(29));
        await rig.Pbx.DeleteUserAsync(2, Ct);
        time.Advance(TimeSpan.FromSeconds(2));
        await rig.Pbx.DeleteUserAsync(3, Ct);

        Assert.Equal(2, rig.Xapi.TokenRequests.Count);
    }

    [Fact]
    public async Task Concurrent_calls_wait_for_one_token_request()
    {
        await using var rig = await XapiRig.StartAsync();

        await Task.WhenAll(Enumerable.Range(1, 20).Select(id => rig.Pbx.DeleteUserAsync(id, Ct)));

        Assert.Single(rig.Xapi.TokenRequests);
        Assert.Equal(20, rig.Xapi.ApiCalls.Count);
    }

    [Fact]
    public async Task Each_pbx_has_its_own_token()
    {
        await using var rig = await XapiRig.StartAsync(s =>
        {
            s["Pbxes:pbx-lyon:Url"] = "https://lyon.example.test";
            s["Pbxes:pbx-lyon:ClientId"] = "lyon-api";
            s["Pbxes:pbx-lyon:ClientSecret"] = "lyon-secret";
        });

        await rig.Pbx.DeleteUserAsync(1, Ct);
        await rig.PhoneSystems.For("pbx-lyon").DeleteUserAsync(1, Ct);
        await rig.Pbx.DeleteUserAsync(2, Ct);

        Assert.Equal([XapiRig.ClientId, "lyon-api"], rig.Xapi.TokenRequests.Select(r => r.Form["client_id"]));
        Assert.Equal(["Bearer token-1", "Bearer token-2", "Bearer token-1"], rig.Xapi.ApiCalls.Select(c => c.Authorization));
    }
}
