using Microsoft.Extensions.Options;

namespace PbxBot.Conversations.Tests.Startup;

/// <summary>
/// The SDK's root keys and the <c>Bot:</c> section may both be set only if they agree: otherwise which identity the bot
/// runs with would depend on a naming detail, so it refuses to start and names both settings (never their values).
/// </summary>
public sealed class DifferingIdentitiesRefuseToStart
{
    [Theory]
    [InlineData("MicrosoftAppId", IdentityRig.AppId, IdentityRig.OtherAppId)]
    [InlineData("MicrosoftAppPassword", IdentityRig.Password, "another-secret")]
    [InlineData("MicrosoftAppType", "SingleTenant", "MultiTenant")]
    [InlineData("MicrosoftAppTenantId", IdentityRig.TenantId, "b8d2f6e3-0000-4000-8000-00000000bbbb")]
    public async Task A_key_set_twice_with_two_values_stops_the_start(string key, string rootValue, string sectionValue)
    {
        await using var rig = await IdentityRig.StartAsync();
        var identity = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = IdentityRig.AppId,
            ["Bot:MicrosoftAppPassword"] = IdentityRig.Password,
            ["Bot:MicrosoftAppType"] = "SingleTenant",
            ["Bot:MicrosoftAppTenantId"] = IdentityRig.TenantId,
            [key] = rootValue,
            [$"Bot:{key}"] = sectionValue,
        };

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => rig.StartBotAsync(identity));

        Assert.Contains($"{key} and Bot:{key} are both set and differ", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(IdentityRig.Password, refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("another-secret", refusal.Message, StringComparison.Ordinal);
    }
}
