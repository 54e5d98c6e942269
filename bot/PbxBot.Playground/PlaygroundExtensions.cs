using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Channel;
using PbxBot.Channel.Connector;
using PbxBot.Playground.DirectLine;
using PbxBot.Playground.Page;
using PbxBot.Playground.SampleData;

namespace PbxBot.Playground;

/// <summary>Wires the local playground: <c>builder.AddPlayground(…)</c>, then <c>app.MapPlayground()</c>.</summary>
public static class PlaygroundExtensions
{
    /// <summary>
    /// Options (section <c>Playground</c>, validated at startup), the Direct Line conversations and their sink, and the
    /// sample-data seeder. Whether it is all switched on is decided from the final configuration (<see cref="PlaygroundMode"/>).
    /// </summary>
    /// <param name="isRealStore">True when the configuration selects a real store (Cosmos DB): never any sample data there.</param>
    public static IHostApplicationBuilder AddPlayground(this IHostApplicationBuilder builder, Func<IConfiguration, bool> isRealStore)
    {
        var services = builder.Services;
        services.AddOptions<PlaygroundOptions>().Bind(builder.Configuration.GetSection(PlaygroundOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PlaygroundOptions>, PlaygroundOptionsValidator>();
        services.AddSingleton(sp => new PlaygroundMode(
            sp.GetRequiredService<IOptions<PlaygroundOptions>>(),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<IHostEnvironment>(),
            sp.GetRequiredService<IConfiguration>(),
            isRealStore));
        services.AddSingleton<PlaygroundConversations>();
        services.AddSingleton<IActivitySink, PlaygroundActivitySink>();
        services.AddSingleton<WebChatBundle>();
        services.AddHostedService<SampleDataSeeder>();
        return builder;
    }

    /// <summary>
    /// When the playground is on: the page at <c>/</c>, <c>/lib/webchat.js</c> (if fetched) and <c>/v3/directline/…</c>,
    /// for loopback clients only (<see cref="LocalClientsOnly"/>). When it is off nothing is mapped: every playground URL is a 404.
    /// </summary>
    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder app)
    {
        var mode = app.ServiceProvider.GetRequiredService<PlaygroundMode>();
        if (!mode.Enabled)
        {
            return app;
        }
        var bot = app.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlaygroundExtensions));
        if (bot.AuthenticationEnabled)
        {
            logger.LogWarning("The playground is on for a registered bot (Playground:Enabled=true): anyone who reaches this host can talk to the bot as any playground user.");
        }
        else
        {
            logger.LogWarning("The playground is on: open / in a browser to chat with the bot as a sample user. For local use only.");
        }

        var allowRemote = app.ServiceProvider.GetRequiredService<IOptions<PlaygroundOptions>>().Value.AllowRemoteClients;
        if (allowRemote)
        {
            logger.LogWarning("The playground answers clients on other machines too (Playground:AllowRemoteClients=true).");
        }
        var playground = app.MapGroup(string.Empty).AddEndpointFilter(new LocalClientsOnly(allowRemote));
        playground.MapGet("/", (WebChatBundle bundle) =>
            Results.Content(PlaygroundPage.Html(bundle.ScriptUrl(), mode.SampleData ? "Données d'exemple · sample data" : null), "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        playground.MapGet(WebChatBundle.LocalUrl, (WebChatBundle bundle) =>
            bundle.LocalFile() is { } file ? Results.File(file, "text/javascript; charset=utf-8", enableRangeProcessing: false) : Results.NotFound())
            .ExcludeFromDescription();
        playground.MapDirectLine();
        return app;
    }
}
