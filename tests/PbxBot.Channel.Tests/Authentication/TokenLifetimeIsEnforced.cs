using System.Net;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class TokenLifetimeIsEnforced(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var spec = TokenForge.Channel(BotFrameworkRig.AppId, Rig.Connector.ServiceUrl) with
        {
            NotBefore = DateTimeOffset.UtcNow.AddHours(-2),
            Expires = DateTimeOffset.UtcNow.AddMinutes(-10),
        };

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.ChannelKey));
    }

    [Fact]
    public async Task A_token_not_yet_valid_is_refused()
    {
        var spec = TokenForge.Channel(BotFrameworkRig.AppId, Rig.Connector.ServiceUrl) with
        {
            NotBefore = DateTimeOffset.UtcNow.AddMinutes(10),
            Expires = DateTimeOffset.UtcNow.AddHours(1),
        };

        await AssertRefusedAsync(TokenForge.Sign(spec, Rig.ChannelKey));
    }

    private async Task AssertRefusedAsync(string token)
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");

        using var response = await Rig.Host.PostActivityAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(Rig.Bot.Turns, t => t.ActivityId == activity["id"]!.GetValue<string>());
        Assert.True(Rig.Host.Logs.Contains(Microsoft.Extensions.Logging.LogLevel.Warning, "SecurityToken"));
    }
}
