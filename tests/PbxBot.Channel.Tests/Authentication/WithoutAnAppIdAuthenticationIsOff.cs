using System.Net;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

/// <summary>As in the SDK: no app id means local development (Emulator, playground).</summary>
public sealed class WithoutAnAppIdAuthenticationIsOff
{
    [Fact]
    public async Task Activities_are_accepted_without_a_token_and_replies_carry_no_token()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync(cancellationToken: ct);
        var bot = new ScriptedBot(_ => { var r = new TurnResponse(); r.Replies.Add(Reply.Of("bonjour")); return r; });
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(bot), ct);

        using var response = await host.PostActivityAsync(TestActivities.Message(connector.ServiceUrl, "aide", "emulator"), cancellationToken: ct);
        var replies = await connector.WaitForActivitiesAsync(1, Wait.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns);
        Assert.Null(replies[0].Authorization);
        Assert.Empty(connector.TokenRequests);
    }

    [Fact]
    public async Task A_loud_warning_is_logged_at_startup()
    {
        await using var host = await TestBotHost.StartAsync(h => h.UseBot(new ScriptedBot()), TestContext.Current.CancellationToken);

        Assert.Contains(host.Logs.Records, r => r.Level == LogLevel.Warning && r.Message.Contains("AUTHENTICATION IS OFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_an_app_id_no_warning_is_logged_and_the_secret_never_appears_in_logs()
    {
        await using var rig = await BotFrameworkRig.StartAsync();
        using var response = await rig.PostAsync(TestActivities.Message(rig.Connector.ServiceUrl, "aide"), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(rig.Host.Logs.Records, r => r.Message.Contains("AUTHENTICATION IS OFF", StringComparison.Ordinal));
        Assert.DoesNotContain(rig.Host.Logs.Records, r => r.Message.Contains(BotFrameworkRig.AppPassword, StringComparison.Ordinal));
    }
}
