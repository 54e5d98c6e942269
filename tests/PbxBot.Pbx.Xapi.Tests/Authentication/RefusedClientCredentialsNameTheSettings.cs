using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Authentication;

/// <summary>A token endpoint that refuses the client (invalid_client) tells the admin which settings to check, never what they hold.</summary>
public sealed class RefusedClientCredentialsNameTheSettings
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(400, "invalid_client")]
    [InlineData(401, "unauthorized")]
    public async Task An_invalid_client_is_unavailable_naming_client_id_and_secret(int status, string error)
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.TokenAnswer = Reply.Json(new { error, error_description = "The request requires valid user authentication." }, status);

        var refused = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.FindUserAsync("105", Ct));

        Assert.Contains(error, refused.Message, StringComparison.Ordinal);
        Assert.Contains("Xapi:ClientId", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Xapi:ClientSecret", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(XapiRig.ClientSecret, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(XapiRig.ClientId, refused.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Xapi.ApiCalls);
    }

    [Fact]
    public async Task A_further_pbx_s_refusal_names_its_own_settings()
    {
        await using var rig = await XapiRig.StartAsync(s =>
        {
            s["Pbxes:pbx-lyon:Url"] = "https://lyon.example.test";
            s["Pbxes:pbx-lyon:ClientId"] = "lyon-api";
            s["Pbxes:pbx-lyon:ClientSecret"] = "lyon-secret";
        });
        rig.Xapi.TokenAnswer = Reply.Json(new { error = "invalid_client" }, 400);

        var refused = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.PhoneSystems.For("pbx-lyon").FindUserAsync("105", Ct));

        Assert.Contains("Pbxes:pbx-lyon:ClientSecret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_endpoint_that_is_down_is_retried_then_unavailable()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.TokenAnswer = Reply.Status(503);

        await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.FindUserAsync("105", Ct));

        Assert.Equal(4, rig.Xapi.TokenRequests.Count);
    }
}
