using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PbxBot.Channel.Endpoints;

/// <summary>Says at startup how the bot authenticates; loudly when it does not.</summary>
internal sealed class ChannelStartupReport(IOptions<BotOptions> options, ILogger<ChannelStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (!bot.AuthenticationEnabled)
        {
            logger.LogWarning(
                "BOT AUTHENTICATION IS OFF: Bot:MicrosoftAppId is not set, so /api/messages accepts requests without a token " +
                "and replies are sent without one. Use this only with the Bot Framework Emulator or the local playground.");
        }
        else
        {
            logger.LogInformation("Bot authentication on for app {AppId} ({AppType})", bot.MicrosoftAppId, bot.MicrosoftAppType);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
