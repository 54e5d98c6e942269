using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Definitions;

/// <summary>The PBX's own facts come from <c>/Defs/Pbx.GetSystemParameters()</c>.</summary>
public sealed class SystemParametersDescribeThePbx
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fqdn_version_extension_length_and_language_are_read()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Json(new { FQDN = "dupont.3cx.fr", Version = "20.0.7.979", ENL = 3, GlobalLanguage = "FR", HttpsPort = 5001 }));

        var info = await rig.Pbx.GetInfoAsync(Ct);

        Assert.Equal(new PhoneSystemInfo("dupont.3cx.fr", "20.0.7.979", 3, "fr"), info);
        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("GET", "/xapi/v1/Defs/Pbx.GetSystemParameters()"), (call.Method, call.Path));
    }

    [Fact]
    public async Task A_wrong_address_is_unavailable_naming_the_url_setting()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Body(404, "<html><body>Not Found</body></html>", "text/html"));

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.GetInfoAsync(Ct));

        Assert.Contains("Url", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", error.Message, StringComparison.Ordinal);
    }
}
