using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

public sealed class SingleTenantBotsGetTheirTokenFromTheirTenant
{
    [Fact]
    public async Task The_token_endpoint_is_the_bots_own_tenant()
    {
        await using var rig = await BotFrameworkRig.StartAsync(
            host =>
            {
                host.Settings["Bot:MicrosoftAppType"] = "SingleTenant";
                host.Settings["Bot:MicrosoftAppTenantId"] = "0a0b0c0d-1111-2222-3333-444444444444";
            },
            new ScriptedBot(_ => Replies.Of(Reply.Of("bonjour"))));

        using var response = await rig.PostAsync(TestActivities.Message(rig.Connector.ServiceUrl, "aide"), TestContext.Current.CancellationToken);

        Assert.Equal("0a0b0c0d-1111-2222-3333-444444444444", Assert.Single(rig.Connector.TokenRequests).Tenant);
    }
}
