using System.Net;
using Microsoft.IdentityModel.Tokens;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class ValidChannelTokensAreAccepted(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task An_rsa_signed_channel_token_for_the_activitys_service_url_runs_the_turn(string algorithm)
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");
        var token = TokenForge.Sign(TokenForge.Channel(BotFrameworkRig.AppId, Rig.Connector.ServiceUrl) with { Algorithm = algorithm }, Rig.ChannelKey);

        using var response = await Rig.Host.PostActivityAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Rig.Bot.Turns, t => t.ActivityId == activity["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_clock_skew_is_still_accepted()
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");
        var spec = TokenForge.Channel(BotFrameworkRig.AppId, Rig.Connector.ServiceUrl) with
        {
            NotBefore = DateTimeOffset.UtcNow.AddHours(-1),
            Expires = DateTimeOffset.UtcNow.AddMinutes(-3),
        };

        using var response = await Rig.Host.PostActivityAsync(activity, TokenForge.Sign(spec, Rig.ChannelKey), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
