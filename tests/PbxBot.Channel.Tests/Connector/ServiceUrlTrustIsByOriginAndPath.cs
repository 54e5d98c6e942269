using Microsoft.Extensions.Options;
using PbxBot.Channel.Connector;

namespace PbxBot.Channel.Tests.Connector;

public sealed class ServiceUrlTrustIsByOriginAndPath
{
    private static ServiceUrlTrust Trust(params string[] allowlist) =>
        new(Options.Create(new BotOptions { TrustedServiceUrls = [.. allowlist] }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations")]
    [InlineData("https://SMBA.trafficmanager.net/teams/v3/conversations")]
    public void Teams_public_connector_is_always_trusted(string url) =>
        Assert.True(Trust().IsTrusted(new Uri(url)));

    [Theory]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/v3/conversations")]
    [InlineData("http://smba.trafficmanager.net/emea/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net:8443/emea/v3/conversations")]
    [InlineData("https://evil.example/https://smba.trafficmanager.net/")]
    public void Look_alike_urls_are_not_trusted(string url) =>
        Assert.False(Trust().IsTrusted(new Uri(url)));

    [Fact]
    public void An_allowlisted_url_trusts_its_path_and_below_only()
    {
        var trust = Trust("https://connector.example.com/gov");

        Assert.True(trust.IsTrusted(new Uri("https://connector.example.com/gov/v3/conversations")));
        Assert.False(trust.IsTrusted(new Uri("https://connector.example.com/government/v3/conversations")));
        Assert.False(trust.IsTrusted(new Uri("https://connector.example.com/v3/conversations")));
    }

    [Fact]
    public void A_service_url_is_trusted_once_an_authenticated_activity_brought_it()
    {
        var trust = Trust();
        var url = new Uri("https://directline.botframework.com/v3/conversations/x/activities");
        Assert.False(trust.IsTrusted(url));

        trust.Trust("https://directline.botframework.com");

        Assert.True(trust.IsTrusted(url));
    }
}
