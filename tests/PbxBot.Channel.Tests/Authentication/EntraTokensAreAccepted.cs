using System.Net;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

/// <summary>The Emulator and Azure Bot Service's newer tokens are Entra-issued, v1 or v2.</summary>
public sealed class EntraTokensAreAccepted(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    public static TheoryData<string> TrustedTenants => [.. BotFrameworkConstants.TrustedTenants];

    [Theory]
    [MemberData(nameof(TrustedTenants))]
    public async Task A_v1_token_of_a_trusted_tenant_naming_its_caller_in_appid_is_accepted(string tenant) =>
        await AssertAcceptedAsync(TokenForge.Sign(TokenForge.EntraV1(BotFrameworkRig.AppId, tenant, "emulator-app"), Rig.EntraKey), "emulator");

    [Theory]
    [MemberData(nameof(TrustedTenants))]
    public async Task A_v2_token_of_a_trusted_tenant_naming_its_caller_in_azp_is_accepted(string tenant) =>
        await AssertAcceptedAsync(TokenForge.Sign(TokenForge.EntraV2(BotFrameworkRig.AppId, tenant, "abs-app"), Rig.EntraKey), "msteams");

    [Fact]
    public async Task A_v1_token_without_appid_is_refused()
    {
        var spec = TokenForge.EntraV1(BotFrameworkRig.AppId, BotFrameworkConstants.TrustedTenants[0], "x").WithoutClaim("appid");

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.EntraKey));
    }

    [Fact]
    public async Task A_v2_token_without_azp_is_refused()
    {
        var spec = TokenForge.EntraV2(BotFrameworkRig.AppId, BotFrameworkConstants.TrustedTenants[0], "x").WithoutClaim("azp");

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.EntraKey));
    }

    [Fact]
    public async Task An_entra_token_signed_with_the_channel_authoritys_key_is_refused()
    {
        var spec = TokenForge.EntraV2(BotFrameworkRig.AppId, BotFrameworkConstants.TrustedTenants[0], "abs-app");

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.ChannelKey));
    }

    private async Task AssertAcceptedAsync(string token, string channelId)
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide", channelId);

        using var response = await Rig.Host.PostActivityAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Rig.Bot.Turns, t => t.ActivityId == activity["id"]!.GetValue<string>());
    }

    private async Task AssertRefusedAsync(string token)
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");

        using var response = await Rig.Host.PostActivityAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
