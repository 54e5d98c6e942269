using System.Net;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class SingleTenantBotsAcceptTheirOwnTenant
{
    private const string OwnTenant = "0a0b0c0d-1111-2222-3333-444444444444";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_single_tenant_bot_accepts_tokens_issued_by_its_own_tenant(bool v2)
    {
        await using var rig = await BotFrameworkRig.StartAsync(SingleTenant);
        var spec = v2 ? TokenForge.EntraV2(BotFrameworkRig.AppId, OwnTenant, "abs") : TokenForge.EntraV1(BotFrameworkRig.AppId, OwnTenant, "abs");

        var status = await PostAsync(rig, TokenForge.Sign(spec, rig.EntraKey));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_single_tenant_bot_refuses_tokens_of_another_customer_tenant()
    {
        await using var rig = await BotFrameworkRig.StartAsync(SingleTenant);
        var spec = TokenForge.EntraV2(BotFrameworkRig.AppId, "5e5e5e5e-1111-2222-3333-444444444444", "abs");

        var status = await PostAsync(rig, TokenForge.Sign(spec, rig.EntraKey));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_multi_tenant_bot_does_not_trust_a_tenant_just_because_it_is_configured()
    {
        await using var rig = await BotFrameworkRig.StartAsync(host => host.Settings["Bot:MicrosoftAppTenantId"] = OwnTenant);
        var spec = TokenForge.EntraV2(BotFrameworkRig.AppId, OwnTenant, "abs");

        var status = await PostAsync(rig, TokenForge.Sign(spec, rig.EntraKey));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private static void SingleTenant(TestBotHostBuilder host)
    {
        host.Settings["Bot:MicrosoftAppType"] = "SingleTenant";
        host.Settings["Bot:MicrosoftAppTenantId"] = OwnTenant;
    }

    private static async Task<HttpStatusCode> PostAsync(BotFrameworkRig rig, string token)
    {
        using var response = await rig.Host.PostActivityAsync(TestActivities.Message(rig.Connector.ServiceUrl, "aide"), token, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
