using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Startup;

/// <summary>
/// A bot given an identity — under the Bot Framework SDK's root keys (what every Azure Bot template sets), under
/// PbxBot's <c>Bot:</c> section, or both when they agree — authenticates every request: without a token, with a forged
/// one or an unsigned one it answers a bare 401, sends nothing and writes nothing. A valid token gets through, which
/// proves the refusals are about the token.
/// </summary>
public sealed class AuthenticatedBotsRefuseEveryUnvouchedRequest
{
    public static TheoryData<string> Namings => new("root keys", "Bot section", "both, equal");

    private static Dictionary<string, string?> Identity(string naming) => naming switch
    {
        "root keys" => new()
        {
            ["MicrosoftAppId"] = IdentityRig.AppId,
            ["MicrosoftAppPassword"] = IdentityRig.Password,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = IdentityRig.TenantId,
        },
        "Bot section" => new()
        {
            ["Bot:MicrosoftAppId"] = IdentityRig.AppId,
            ["Bot:MicrosoftAppPassword"] = IdentityRig.Password,
            ["Bot:MicrosoftAppType"] = "SingleTenant",
            ["Bot:MicrosoftAppTenantId"] = IdentityRig.TenantId,
        },
        _ => new()
        {
            ["MicrosoftAppId"] = IdentityRig.AppId.ToUpperInvariant(),
            ["MicrosoftAppPassword"] = IdentityRig.Password,
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppTenantId"] = IdentityRig.TenantId,
            ["Bot:MicrosoftAppId"] = IdentityRig.AppId,
            ["Bot:MicrosoftAppPassword"] = IdentityRig.Password,
            ["Bot:MicrosoftAppType"] = "SingleTenant",
            ["Bot:MicrosoftAppTenantId"] = IdentityRig.TenantId,
        },
    };

    [Theory]
    [MemberData(nameof(Namings))]
    public async Task Without_a_valid_token_nothing_happens(string naming)
    {
        await using var rig = await IdentityRig.StartAsync();
        await using var bot = await rig.StartBotAsync(Identity(naming));
        var before = await IdentityRig.StoreFingerprintAsync(bot);

        foreach (var authorization in new[] { null, IdentityRig.ForgedToken(bot), IdentityRig.UnsignedToken(bot), rig.ValidToken(bot, IdentityRig.OtherAppId) })
        {
            var (status, body) = await bot.PostAsync(TestActivities.Message(bot.Connector.ServiceUrl, "aide"), authorization);
            Assert.Equal(401, status);
            Assert.Empty(body);
        }

        Assert.Empty(bot.Connector.Calls);
        Assert.Equal(before, await IdentityRig.StoreFingerprintAsync(bot));
    }

    [Theory]
    [MemberData(nameof(Namings))]
    public async Task A_valid_token_gets_an_answer(string naming)
    {
        await using var rig = await IdentityRig.StartAsync();
        var identity = Identity(naming);
        await using var bot = await rig.StartBotAsync(identity);

        var (status, _) = await bot.PostAsync(TestActivities.Message(bot.Connector.ServiceUrl, "aide"), rig.ValidToken(bot));

        Assert.Equal(200, status);
        // The (unknown) user is told how to get access: the turn ran and its answer went to the Connector, with a token.
        var replies = await bot.Connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10));
        Assert.NotEmpty(replies);
        Assert.Contains(rig.Logs.Records, r => r.Message.Contains($"authentication on (app {IdentityRig.AppId}", StringComparison.OrdinalIgnoreCase)
            && r.Message.Contains("SingleTenant", StringComparison.Ordinal) && r.Message.Contains(IdentityRig.TenantId, StringComparison.Ordinal));
        Assert.DoesNotContain(rig.Logs.Records, r => r.Message.Contains(IdentityRig.Password, StringComparison.Ordinal));
    }
}
