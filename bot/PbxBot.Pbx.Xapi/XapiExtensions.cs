using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Configuration;
using PbxBot.Pbx.Xapi.Http;

namespace PbxBot.Pbx.Xapi;

/// <summary>Wires the XAPI connector: <c>builder.AddXapiConnector()</c>.</summary>
public static class XapiExtensions
{
    /// <summary>
    /// When configuration names a PBX (<c>Xapi:Url</c>, or any <c>Pbxes:&lt;pbxId&gt;</c>): options validated at
    /// startup, the two HttpClients with their resilience pipelines, and <see cref="IPhoneSystems"/> = the connected
    /// PBXes, any other PBX id being a demo PBX. Otherwise nothing is registered, and the Application's default
    /// (every PBX a demo one) stays.
    /// </summary>
    public static IHostApplicationBuilder AddXapiConnector(this IHostApplicationBuilder builder)
    {
        if (!XapiConfiguration.NamesAPbx(builder.Configuration))
        {
            return builder;
        }
        var services = builder.Services;
        services.AddOptions<XapiOptions>().Configure(options => XapiConfiguration.Bind(options, builder.Configuration)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<XapiOptions>, XapiOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(XapiHttpClients.Api, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("xapi", (pipeline, context) => XapiResilience.Configure(pipeline, Options(context.ServiceProvider), Time(context.ServiceProvider), retryPosts: false));
        services.AddHttpClient(XapiHttpClients.Token, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("xapi-token", (pipeline, context) => XapiResilience.Configure(pipeline, Options(context.ServiceProvider), Time(context.ServiceProvider), retryPosts: true));

        // Replaces any default registered before; a default added after with TryAdd leaves this one in place.
        services.RemoveAll<IPhoneSystems>();
        services.AddSingleton<IPhoneSystems, XapiPhoneSystems>();
        // Any PBX without a connection stays a demo one (the Application's, over the store).
        services.TryAddSingleton<DemoPhoneSystems>();
        return builder;
    }

    private static XapiOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<XapiOptions>>().Value;

    private static TimeProvider Time(IServiceProvider services) => services.GetRequiredService<TimeProvider>();
}
