using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PbxBot.Application.PhoneSystem;

namespace PbxBot.Pbx.Xapi.Tests.Fakes;

/// <summary>
/// A host with <c>AddXapiConnector()</c> as the bot wires it, whose HTTP goes to a <see cref="FakeXapi"/>: the real
/// options, validation, HttpClients and resilience pipelines run, only the network is fake.
/// </summary>
public sealed class XapiRig : IAsyncDisposable
{
    public const string Url = "https://pbx.example.test";
    public const string ClientId = "pbxbot-api";
    public const string ClientSecret = "Sup3r-s3cret-API-key-0f9c";

    private XapiRig(IHost host, FakeXapi xapi, CapturedLogs logs)
    {
        Host = host;
        Xapi = xapi;
        Logs = logs;
    }

    public IHost Host { get; }

    public FakeXapi Xapi { get; }

    public CapturedLogs Logs { get; }

    public IPhoneSystems PhoneSystems => Host.Services.GetRequiredService<IPhoneSystems>();

    /// <summary>The default PBX (<c>Xapi:PbxId</c> = pbx-main).</summary>
    public IPhoneSystem Pbx => PhoneSystems.For("pbx-main");

    /// <summary>Settings every rig starts from: one PBX, fast retries.</summary>
    public static Dictionary<string, string?> DefaultSettings() => new()
    {
        ["Xapi:Url"] = Url,
        ["Xapi:ClientId"] = ClientId,
        ["Xapi:ClientSecret"] = ClientSecret,
        ["Xapi:RetryDelay"] = "00:00:00.001",
    };

    public static async Task<XapiRig> StartAsync(Action<Dictionary<string, string?>>? configure = null, TimeProvider? time = null)
    {
        var settings = DefaultSettings();
        configure?.Invoke(settings);
        var logs = new CapturedLogs();
        var xapi = new FakeXapi { Time = time ?? TimeProvider.System };
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }
        builder.Services.AddDemoPhoneSystems();
        builder.AddXapiConnector();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => xapi));
        var host = builder.Build();
        try
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new XapiRig(host, xapi, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(CancellationToken.None);
        Host.Dispose();
    }
}
