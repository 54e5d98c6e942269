using Microsoft.Extensions.Options;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Configuration;

/// <summary>A <c>Bot</c> section the bot could not work with stops the host at startup, naming the setting.</summary>
public sealed class BotOptionsAreValidatedAtStartup
{
    [Theory]
    [InlineData("MultiTenant", null, null, "Bot:MicrosoftAppPassword")]
    [InlineData("SingleTenant", "secret", null, "Bot:MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", null, null, "Bot:MicrosoftAppTenantId")]
    public async Task An_incomplete_registration_fails_startup(string appType, string? password, string? tenant, string missing)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestBotHost.StartAsync(h =>
        {
            h.UseBot(new ScriptedBot());
            h.Settings["Bot:MicrosoftAppId"] = "app";
            h.Settings["Bot:MicrosoftAppType"] = appType;
            h.Settings["Bot:MicrosoftAppPassword"] = password;
            h.Settings["Bot:MicrosoftAppTenantId"] = tenant;
        }, TestContext.Current.CancellationToken));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot:MaxActivityBytes", "10")]
    [InlineData("Bot:TrustedServiceUrls:0", "not a url")]
    [InlineData("Bot:ChannelOpenIdMetadataUrl", "ftp://example.com/metadata")]
    [InlineData("Bot:ConnectorAttemptTimeout", "00:01:00")]
    public async Task Unusable_values_fail_startup(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestBotHost.StartAsync(h =>
        {
            h.UseBot(new ScriptedBot());
            h.Settings[key] = value;
        }, TestContext.Current.CancellationToken));

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_assigned_managed_identity_needs_no_password()
    {
        await using var host = await TestBotHost.StartAsync(h =>
        {
            h.UseBot(new ScriptedBot());
            h.Settings["Bot:MicrosoftAppId"] = "msi-client-id";
            h.Settings["Bot:MicrosoftAppType"] = "UserAssignedMSI";
            h.Settings["Bot:MicrosoftAppTenantId"] = "tenant";
        }, TestContext.Current.CancellationToken);

        Assert.NotNull(host.BaseAddress);
    }
}
