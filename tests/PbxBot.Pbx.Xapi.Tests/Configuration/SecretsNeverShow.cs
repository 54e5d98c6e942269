using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Configuration;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Configuration;

/// <summary>The client secret, the access token and a user's password never appear in a log line, an exception message or ToString().</summary>
public sealed class SecretsNeverShow
{
    private const string Password = "Marie-s-N3w-passw0rd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nothing_logged_holds_the_secret_the_token_or_a_password()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(401), Reply.NoContent(), Reply.Error(400, "WEAK", "Password too weak", "AccessPassword"), Reply.Status(503));

        await rig.Pbx.SetWebClientPasswordAsync(42, Password, Ct);
        var refused = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.SetWebClientPasswordAsync(42, Password, Ct));
        var unavailable = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.CreateUserAsync(new PbxUserChanges { Number = "105" }, Ct));

        Assert.NotEmpty(rig.Logs.Lines);
        Assert.Contains(rig.Logs.Lines, l => l.Message.Contains("PATCH", StringComparison.Ordinal) && l.Message.Contains("Users(42)", StringComparison.Ordinal));
        foreach (var secret in new[] { XapiRig.ClientSecret, Password, "token-1", "token-2" })
        {
            Assert.DoesNotContain(secret, rig.Logs.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, refused.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, unavailable.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_refused_client_secret_is_never_echoed()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.TokenAnswer = Reply.Json(new { error = "invalid_client", error_description = $"Unknown client secret {XapiRig.ClientSecret}" }, 400);

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.DeleteUserAsync(1, Ct));

        Assert.DoesNotContain(XapiRig.ClientSecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(XapiRig.ClientSecret, rig.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_and_their_validation_errors_never_show_the_secret()
    {
        await using var rig = await XapiRig.StartAsync();
        var options = rig.Host.Services.GetRequiredService<IOptions<XapiOptions>>().Value;

        Assert.DoesNotContain(XapiRig.ClientSecret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ClientSecret=(set)", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(XapiRig.ClientSecret, string.Join(" ", rig.PhoneSystems.Connected.Select(p => p.ToString())), StringComparison.Ordinal);

        var invalid = await Assert.ThrowsAsync<OptionsValidationException>(() => XapiRig.StartAsync(s => s["Xapi:Url"] = "http://pbx.example.test"));
        Assert.DoesNotContain(XapiRig.ClientSecret, invalid.ToString(), StringComparison.Ordinal);
    }
}
