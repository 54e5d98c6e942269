using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>pack.sh stops with a message, and writes no zip, when the app id or the domain cannot be right.</summary>
public sealed class PackScriptRefusesABadBotIdentity(AppPackage package)
{
    [Theory]
    [InlineData("not-a-guid", AppPackage.TestBotDomain, "BOT_APP_ID")]
    [InlineData("", AppPackage.TestBotDomain, "BOT_APP_ID")]
    [InlineData(AppPackage.TestBotAppId, "https://pbxbot.contoso.example/api/messages", "BOT_DOMAIN")]
    [InlineData(AppPackage.TestBotAppId, "", "BOT_DOMAIN")]
    public async Task PackScript_FailsNamingTheSetting_AndWritesNoZip(string appId, string domain, string setting)
    {
        var (result, zip) = await package.RunPackScriptAsync([appId, domain], null, TestContext.Current.CancellationToken);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(setting, result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task PackScript_TakesTheIdentityFromTheEnvironment()
    {
        var (result, zip) = await package.RunPackScriptAsync(
            [], new Dictionary<string, string> { ["BOT_APP_ID"] = AppPackage.TestBotAppId, ["BOT_DOMAIN"] = AppPackage.TestBotDomain },
            TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(zip));
    }
}
