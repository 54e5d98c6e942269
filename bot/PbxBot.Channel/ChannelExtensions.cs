using System.Net;
using Azure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Authentication;
using PbxBot.Channel.Connector;
using PbxBot.Channel.Endpoints;
using PbxBot.Channel.Turns;
using Polly;
using Polly.Timeout;

namespace PbxBot.Channel;

/// <summary>Wires the Bot Framework channel: <c>builder.AddBotChannel()</c>, then <c>app.MapBotChannel()</c>.</summary>
public static class ChannelExtensions
{
    /// <summary>
    /// Options (section <c>Bot</c> and the SDK's root keys, validated at startup: fail closed), inbound authentication, the Connector client with
    /// retries and the app token, proactive messaging, and the purge of de-duplication marks. <see cref="IBot"/>
    /// and <see cref="Application.Stores.IConversationStore"/> come from the host.
    /// </summary>
    public static IHostApplicationBuilder AddBotChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.SectionName))
            .PostConfigure(options => SdkConfigurationKeys.FillFromRoot(options, configuration))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>>(sp => new BotOptionsValidator(configuration, sp.GetRequiredService<IHostEnvironment>()));
        services.TryAddSingleton(TimeProvider.System);

        SigningKeySource.UseBlockingRefresh();
        services.AddHttpClient(ChannelHttpClients.OpenIdMetadata, http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<BotAuthenticator>();

        services.AddHttpClient(ChannelHttpClients.AppToken).AddStandardResilienceHandler();
        services.AddSingleton<IAppTokenProvider>(CreateAppTokenProvider);
        services.AddSingleton<ServiceUrlTrust>();
        services.AddTransient<ConnectorAuthorizationHandler>();
        var connector = services.AddHttpClient(ChannelHttpClients.Connector, http => http.Timeout = Timeout.InfiniteTimeSpan);
        connector.AddResilienceHandler("connector", ConfigureConnectorPipeline);
        // Added after the resilience handler, so it runs inside it: every attempt carries a current token.
        connector.AddHttpMessageHandler<ConnectorAuthorizationHandler>();

        // Teams' pre-authenticated download links: no token, no Connector retries (a link that failed has usually expired).
        services.AddHttpClient(ChannelHttpClients.Files, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<IFileDownloads, ChannelFileDownloads>();

        services.AddSingleton<ConnectorActivitySink>();
        services.AddSingleton<ActivitySinks>();
        services.AddSingleton<IProactiveMessenger, ProactiveMessenger>();
        services.AddSingleton<ITeamsRoster, ConnectorTeamsRoster>();
        services.AddSingleton<TurnDelivery>();
        // Scoped: they use the host's IBot and IConversationStore, whatever lifetime those have.
        services.AddScoped<ActivityDeduplicator>();
        services.AddScoped<ActivityProcessor>();

        services.AddHostedService<ChannelStartupReport>();
        services.AddHostedService<ProcessedActivityPurgeService>();
        return builder;
    }

    /// <summary><c>/api/messages</c> (POST; 405 otherwise) and <c>GET /healthz</c>.</summary>
    public static IEndpointRouteBuilder MapBotChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/api/messages", MessagesEndpoint.HandleAsync);
        endpoints.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return endpoints;
    }

    private static IAppTokenProvider CreateAppTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotOptions>>();
        var bot = options.Value;
        if (!bot.AuthenticationEnabled)
        {
            return new NoAppTokenProvider();
        }
        var time = services.GetRequiredService<TimeProvider>();
        return bot.MicrosoftAppType == BotAppType.UserAssignedMSI
            ? new ManagedIdentityTokenProvider(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(bot.MicrosoftAppId!)), options, time)
            : new ClientCredentialsTokenProvider(services.GetRequiredService<IHttpClientFactory>(), options, time);
    }

    // Total timeout ⊃ retries (Teams' throttling and transient errors, honouring Retry-After) ⊃ per-attempt timeout.
    private static void ConfigureConnectorPipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var bot = context.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
        pipeline.AddTimeout(bot.ConnectorTimeout);
        if (bot.ConnectorMaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = bot.ConnectorMaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = bot.ConnectorRetryDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
        }
        pipeline.AddTimeout(bot.ConnectorAttemptTimeout);
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
