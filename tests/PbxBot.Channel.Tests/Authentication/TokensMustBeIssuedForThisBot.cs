using System.Net;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class TokensMustBeIssuedForThisBot(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Fact]
    public async Task A_token_from_an_unknown_issuer_is_refused()
    {
        var spec = TokenForge.Channel(BotFrameworkRig.AppId, Rig.Connector.ServiceUrl) with { Issuer = "https://evil.example.com" };

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.ChannelKey));
    }

    [Fact]
    public async Task A_channel_token_for_another_bot_is_refused()
    {
        var spec = TokenForge.Channel("another-bots-app-id", Rig.Connector.ServiceUrl);

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.ChannelKey));
    }

    [Fact]
    public async Task An_entra_token_from_a_tenant_that_is_not_trusted_is_refused()
    {
        var spec = TokenForge.EntraV2(BotFrameworkRig.AppId, "99999999-9999-9999-9999-999999999999", "caller-app");

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.EntraKey));
    }

    [Fact]
    public async Task A_channel_issuer_with_a_key_of_the_entra_authority_is_refused()
    {
        // Each issuer is checked against its own authority's keys only.
        var spec = TokenForge.Channel(BotFrameworkRig.AppId, Rig.Connector.ServiceUrl);

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.EntraKey));
    }

    private async Task AssertRefusedAsync(string token)
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");

        using var response = await Rig.Host.PostActivityAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(Rig.Bot.Turns, t => t.ActivityId == activity["id"]!.GetValue<string>());
    }
}
