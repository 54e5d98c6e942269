using System.Net;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class SigningKeyMustBeEndorsedForTheChannel : IAsyncLifetime
{
    private readonly TestSigningKey emulatorOnlyKey = TestSigningKey.Create("emulator");
    private BotFrameworkRig rig = null!;

    public async ValueTask InitializeAsync()
    {
        rig = await BotFrameworkRig.StartAsync();
        rig.ChannelAuthority.Publish(emulatorOnlyKey);
    }

    public async ValueTask DisposeAsync()
    {
        await rig.DisposeAsync();
        emulatorOnlyKey.Dispose();
    }

    [Fact]
    public async Task A_key_not_endorsed_for_msteams_cannot_sign_a_teams_activity()
    {
        var activity = TestActivities.Message(rig.Connector.ServiceUrl, "aide", channelId: "msteams");
        var token = TokenForge.Sign(TokenForge.Channel(BotFrameworkRig.AppId, rig.Connector.ServiceUrl), emulatorOnlyKey);

        using var response = await rig.Host.PostActivityAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(rig.Bot.Turns);
        Assert.True(rig.Host.Logs.Contains(Microsoft.Extensions.Logging.LogLevel.Warning, "not endorsed"));
    }

    [Fact]
    public async Task The_same_key_signs_an_activity_of_the_channel_it_is_endorsed_for()
    {
        var activity = TestActivities.Message(rig.Connector.ServiceUrl, "aide", channelId: "emulator");
        var token = TokenForge.Sign(TokenForge.Channel(BotFrameworkRig.AppId, rig.Connector.ServiceUrl), emulatorOnlyKey);

        using var response = await rig.Host.PostActivityAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(rig.Bot.Turns);
    }
}
