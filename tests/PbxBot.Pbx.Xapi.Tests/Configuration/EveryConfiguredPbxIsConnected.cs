using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Configuration;

/// <summary>The default PBX from <c>Xapi</c>, more from <c>Pbxes:&lt;pbxId&gt;</c>; every other PBX id stays a demo PBX.</summary>
public sealed class EveryConfiguredPbxIsConnected
{
    [Fact]
    public async Task The_default_pbx_has_the_documented_defaults()
    {
        await using var rig = await XapiRig.StartAsync();

        var profile = Assert.Single(rig.PhoneSystems.Connected);

        Assert.Equal(new PhoneSystemProfile { PbxId = "pbx-main", Url = new Uri(XapiRig.Url), Country = "FR", TimeZoneId = "Europe/Paris", WelcomeEmail = WelcomeEmailSender.Pbx }, profile);
        Assert.False(rig.Pbx.IsDemo);
        Assert.Same(rig.Pbx, rig.PhoneSystems.For("pbx-main"));
    }

    [Fact]
    public async Task Further_pbxes_come_from_their_own_keys_and_others_are_demo()
    {
        await using var rig = await XapiRig.StartAsync(s =>
        {
            s["Xapi:DisplayName"] = "Cabinet Dupont";
            s["Xapi:NumberFrom"] = "100";
            s["Xapi:NumberTo"] = "899";
            s["Xapi:WelcomeEmail"] = "PbxBot";
            s["Pbxes:pbx-lyon:Url"] = "https://lyon.example.test/";
            s["Pbxes:pbx-lyon:ClientId"] = "lyon-api";
            s["Pbxes:pbx-lyon:ClientSecret"] = "lyon-secret";
            s["Pbxes:pbx-lyon:Country"] = "be";
            s["Pbxes:pbx-lyon:TimeZoneId"] = "Europe/Brussels";
        });

        var profiles = rig.PhoneSystems.Connected.ToDictionary(p => p.PbxId);

        Assert.Equal(("Cabinet Dupont", new NumberRange(100, 899), WelcomeEmailSender.PbxBot), (profiles["pbx-main"].DisplayName, profiles["pbx-main"].NumberRange, profiles["pbx-main"].WelcomeEmail));
        Assert.Equal(("BE", "Europe/Brussels", null, WelcomeEmailSender.Pbx), (profiles["pbx-lyon"].Country, profiles["pbx-lyon"].TimeZoneId, profiles["pbx-lyon"].NumberRange, profiles["pbx-lyon"].WelcomeEmail));
        Assert.False(rig.PhoneSystems.For("pbx-lyon").IsDemo);
        var demo = rig.PhoneSystems.For("pbx-sample");
        Assert.True(demo.IsDemo);
        Assert.Same(demo, rig.PhoneSystems.For("pbx-sample"));
    }

    [Fact]
    public async Task Only_further_pbxes_may_be_configured()
    {
        await using var rig = await XapiRig.StartAsync(s =>
        {
            s.Clear();
            s["Pbxes:pbx-lyon:Url"] = "https://lyon.example.test";
            s["Pbxes:pbx-lyon:ClientId"] = "lyon-api";
            s["Pbxes:pbx-lyon:ClientSecret"] = "lyon-secret";
        });

        Assert.Equal("pbx-lyon", Assert.Single(rig.PhoneSystems.Connected).PbxId);
        Assert.True(rig.PhoneSystems.For("pbx-main").IsDemo);
    }

    [Fact]
    public async Task Environment_variables_name_pbxes_with_double_underscores()
    {
        var prefix = $"PBXBOT_TEST_{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(prefix + "Pbxes__pbx-lyon__Url", "https://lyon.example.test");
        Environment.SetEnvironmentVariable(prefix + "Pbxes__pbx-lyon__ClientId", "lyon-api");
        Environment.SetEnvironmentVariable(prefix + "Pbxes__pbx-lyon__ClientSecret", "lyon-secret");
        try
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddEnvironmentVariables(prefix);
            builder.Services.AddDemoPhoneSystems();
            builder.AddXapiConnector();
            using var host = builder.Build();

            var systems = host.Services.GetRequiredService<IPhoneSystems>();

            Assert.Equal("pbx-lyon", Assert.Single(systems.Connected).PbxId);
        }
        finally
        {
            foreach (var key in new[] { "Url", "ClientId", "ClientSecret" })
            {
                Environment.SetEnvironmentVariable(prefix + "Pbxes__pbx-lyon__" + key, null);
            }
        }
    }

    [Fact]
    public void Without_a_pbx_nothing_is_registered_and_the_application_s_default_stays()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Xapi:Timeout"] = "00:00:05" });
        builder.Services.AddDemoPhoneSystems();
        builder.Services.AddSingleton<IPhoneSystems>(sp => sp.GetRequiredService<DemoPhoneSystems>());

        builder.AddXapiConnector();

        using var host = builder.Build();
        Assert.IsType<DemoPhoneSystems>(host.Services.GetRequiredService<IPhoneSystems>());
        Assert.DoesNotContain(builder.Services, s => s.ServiceType.FullName?.Contains("XapiOptions", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_configured_pbx_replaces_a_default_registered_before()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(XapiRig.DefaultSettings());
        builder.Services.AddDemoPhoneSystems();
        builder.Services.AddSingleton<IPhoneSystems>(sp => sp.GetRequiredService<DemoPhoneSystems>());

        builder.AddXapiConnector();

        using var host = builder.Build();
        Assert.Single(host.Services.GetRequiredService<IPhoneSystems>().Connected);
    }
}
