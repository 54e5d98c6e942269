using Microsoft.Extensions.Options;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Configuration;

/// <summary>A configuration the connector could not work with stops the host at startup, naming the setting to fix.</summary>
public sealed class TheConfigurationIsValidatedAtStartup
{
    [Theory]
    [InlineData("Xapi:ClientSecret", null, "Xapi:ClientSecret is required")]
    [InlineData("Xapi:ClientId", "", "Xapi:ClientId is required")]
    [InlineData("Xapi:Url", "pbx.example.test", "Xapi:Url must be an absolute https URL")]
    [InlineData("Xapi:Url", "ftp://pbx.example.test", "Xapi:Url must be an absolute https URL")]
    [InlineData("Xapi:Url", "http://pbx.example.test", "Xapi:Url must use https")]
    [InlineData("Xapi:Url", "https://admin:pw@pbx.example.test", "Xapi:Url must be the PBX's address alone")]
    [InlineData("Xapi:PbxId", "pbx main", "Xapi:PbxId must be")]
    [InlineData("Xapi:Country", "France", "Xapi:Country must be")]
    [InlineData("Xapi:TimeZoneId", "Mars/Olympus", "Xapi:TimeZoneId must be")]
    [InlineData("Xapi:NumberFrom", "100", "go together")]
    [InlineData("Xapi:PageSize", "5000", "Xapi:PageSize")]
    [InlineData("Xapi:AttemptTimeout", "00:01:00", "Xapi:AttemptTimeout")]
    [InlineData("Xapi:MaxRetries", "11", "Xapi:MaxRetries")]
    public async Task An_unusable_setting_fails_startup(string key, string? value, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => XapiRig.StartAsync(s => s[key] = value));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_id_without_a_url_is_an_error_not_silence()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => XapiRig.StartAsync(s => s.Remove("Xapi:Url")));

        Assert.Contains("Xapi:Url is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_further_pbx_is_validated_under_its_own_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => XapiRig.StartAsync(s =>
        {
            s["Pbxes:pbx-lyon:Url"] = "https://lyon.example.test";
            s["Pbxes:pbx-lyon:ClientId"] = "lyon-api";
        }));

        Assert.Contains("Pbxes:pbx-lyon:ClientSecret is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_pbxes_with_one_id_fail_startup()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => XapiRig.StartAsync(s =>
        {
            s["Pbxes:PBX-MAIN:Url"] = "https://other.example.test";
            s["Pbxes:PBX-MAIN:ClientId"] = "other";
            s["Pbxes:PBX-MAIN:ClientSecret"] = "other-secret";
        }));

        Assert.Contains("'pbx-main' is configured more than once", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/t/abc")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public async Task Plain_http_is_accepted_for_a_loopback_stand_in(string url)
    {
        await using var rig = await XapiRig.StartAsync(s => s["Xapi:Url"] = url);

        Assert.Equal(new Uri(url), Assert.Single(rig.PhoneSystems.Connected).Url);
    }

    [Fact]
    public async Task An_invalid_number_range_fails_startup()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => XapiRig.StartAsync(s =>
        {
            s["Xapi:NumberFrom"] = "900";
            s["Xapi:NumberTo"] = "1999";
        }));

        Assert.Contains("Xapi:NumberFrom–Xapi:NumberTo", error.Message, StringComparison.Ordinal);
    }
}
