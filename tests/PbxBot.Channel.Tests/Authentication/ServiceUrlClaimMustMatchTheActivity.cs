using System.Net;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class ServiceUrlClaimMustMatchTheActivity(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Fact]
    public async Task A_token_issued_for_another_service_url_is_refused_and_that_url_is_never_called()
    {
        await using var attacker = await FakeConnector.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        Rig.Bot.Respond = _ => Reply("bonjour");
        var activity = TestActivities.Message(attacker.ServiceUrl, "aide");

        using var response = await Rig.Host.PostActivityAsync(activity, Rig.ChannelToken(Rig.Connector.ServiceUrl), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(attacker.Calls);
    }

    [Fact]
    public async Task A_channel_token_without_a_serviceurl_claim_is_refused()
    {
        var spec = TokenForge.Channel(BotFrameworkRig.AppId, Rig.Connector.ServiceUrl).WithoutClaim("serviceurl");
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");

        using var response = await Rig.Host.PostActivityAsync(activity, TokenForge.Sign(spec, Rig.ChannelKey), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_trailing_slash_of_the_service_url_does_not_matter()
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl.TrimEnd('/'), "aide");

        using var response = await Rig.Host.PostActivityAsync(activity, Rig.ChannelToken(Rig.Connector.ServiceUrl), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Application.Conversations.TurnResponse Reply(string text)
    {
        var response = new Application.Conversations.TurnResponse();
        response.Replies.Add(Application.Conversations.Reply.Of(text));
        return response;
    }
}
