using Microsoft.Extensions.Time.Testing;
using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>One client-credentials request serves every send until five minutes before the token expires.</summary>
public sealed class AppTokenIsCachedUntilShortlyBeforeExpiry : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private BotFrameworkRig rig = null!;

    public async ValueTask InitializeAsync() =>
        rig = await BotFrameworkRig.StartAsync(host => host.UseTimeProvider(time), new ScriptedBot(_ => Replies.Of(Reply.Of("bonjour"))));

    public async ValueTask DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task Many_sends_use_one_token_request_with_the_client_credentials_of_the_bot()
    {
        await SendMessagesAsync(5);

        var request = Assert.Single(rig.Connector.TokenRequests);
        Assert.Equal("botframework.com", request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(BotFrameworkRig.AppId, request.Form["client_id"]);
        Assert.Equal(BotFrameworkRig.AppPassword, request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
        Assert.Single(rig.Connector.Activities.Select(a => a.Authorization).Distinct());
    }

    [Fact]
    public async Task The_token_is_kept_until_five_minutes_before_it_expires_then_renewed()
    {
        await SendMessagesAsync(1);
        time.Advance(TimeSpan.FromMinutes(54));
        await SendMessagesAsync(1);
        Assert.Single(rig.Connector.TokenRequests);

        time.Advance(TimeSpan.FromMinutes(2));
        await SendMessagesAsync(1);

        Assert.Equal(2, rig.Connector.TokenRequests.Count);
        var authorizations = rig.Connector.Activities.Select(a => a.Authorization).ToList();
        Assert.Equal(authorizations[0], authorizations[1]);
        Assert.NotEqual(authorizations[1], authorizations[2]);
    }

    [Fact]
    public async Task A_token_the_connector_refuses_is_forgotten()
    {
        rig.Connector.FailNext(1, 401, "Unauthorized");
        await SendMessagesAsync(1);

        await SendMessagesAsync(1);

        Assert.Equal(2, rig.Connector.TokenRequests.Count);
    }

    private async Task SendMessagesAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await rig.PostAsync(TestActivities.Message(rig.Connector.ServiceUrl, "aide"), TestContext.Current.CancellationToken);
        }
    }
}
