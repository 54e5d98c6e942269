using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>The app token goes only where an authenticated activity came from, or to an allowlisted Connector.</summary>
public sealed class AppTokenGoesOnlyToTrustedServiceUrls
{
    [Fact]
    public async Task Replies_to_an_authenticated_activity_carry_the_token()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await BotFrameworkRig.StartAsync(bot: new ScriptedBot(_ => Replies.Of(Reply.Of("bonjour"))));

        using var response = await rig.PostAsync(TestActivities.Message(rig.Connector.ServiceUrl, "aide"), ct);

        Assert.StartsWith("Bearer token-", Assert.Single(rig.Connector.Activities).Authorization);
    }

    [Fact]
    public async Task A_service_url_no_authenticated_activity_came_from_gets_no_token()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await BotFrameworkRig.StartAsync();
        await using var stranger = await FakeConnector.StartAsync(cancellationToken: ct);
        var messenger = rig.Host.Services.GetRequiredService<IProactiveMessenger>();

        await messenger.SendAsync(ReferenceAt(stranger.ServiceUrl), Reply.Of("bonjour"), ct);

        Assert.Null(Assert.Single(stranger.Activities).Authorization);
        Assert.Empty(rig.Connector.TokenRequests);
        Assert.True(rig.Host.Logs.Contains(LogLevel.Warning, "not a trusted service URL"));
    }

    [Fact]
    public async Task An_allowlisted_service_url_gets_the_token_but_not_a_sibling_path_of_the_same_host()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await BotFrameworkRig.StartAsync((host, r) => host.Settings["Bot:TrustedServiceUrls:0"] = r.Connector.ServiceUrl);
        var messenger = rig.Host.Services.GetRequiredService<IProactiveMessenger>();

        await messenger.SendAsync(ReferenceAt(rig.Connector.ServiceUrl), Reply.Of("bonjour"), ct);
        var sibling = new Uri(rig.Connector.BaseAddress, "emea/").AbsoluteUri;
        await Assert.ThrowsAsync<PbxBot.Channel.Connector.ConnectorException>(() => messenger.SendAsync(ReferenceAt(sibling), Reply.Of("bonjour"), ct));

        Assert.StartsWith("Bearer token-", Assert.Single(rig.Connector.Activities).Authorization);
        Assert.Null(Assert.Single(rig.Connector.Calls, c => c.Path.StartsWith("/emea/", StringComparison.Ordinal)).Authorization);
    }

    private static ConversationReference ReferenceAt(string serviceUrl) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        ConversationId = "a:someone",
        BotId = TestActivities.BotId,
    };
}
