using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PbxBot.Channel.Endpoints;

/// <summary>Says at startup how the bot authenticates; loudly when it does not.</summary>
internal sealed class ChannelStartupReport(IOptions<BotOptions> options, IHostEnvironment environment, ILogger<ChannelStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (!bot.AuthenticationEnabled && !environment.IsDevelopment())
        {
            // Only reachable with Bot:AllowAnonymous=true (the options validator refuses to start otherwise).
            logger.LogWarning(
                "BOT AUTHENTICATION IS OFF IN {Environment} (Bot:AllowAnonymous=true): /api/messages accepts requests without a token, " +
                "so anyone who reaches this host can drive the bot. Set MicrosoftAppId to turn authentication on.", environment.EnvironmentName);
        }
        else if (!bot.AuthenticationEnabled)
        {
            logger.LogWarning(
                "BOT AUTHENTICATION IS OFF: no MicrosoftAppId (or Bot:MicrosoftAppId) is set, so /api/messages accepts requests without a token " +
                "and replies are sent without one. Development only: with the Bot Framework Emulator or the local playground.");
        }
        else
        {
            logger.LogInformation("Bot authentication on for app {AppId} ({AppType})", bot.MicrosoftAppId, bot.MicrosoftAppType);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
