using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PbxBot.Channel.Turns;

/// <summary>Removes de-duplication marks older than a day, at startup and then every hour.</summary>
internal sealed class ProcessedActivityPurgeService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ProcessedActivityPurgeService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PurgeOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var purged = await scope.ServiceProvider.GetRequiredService<ActivityDeduplicator>().PurgeAsync(cancellationToken);
            if (purged > 0)
            {
                logger.LogInformation("Purged {Count} processed-activity marks older than {Retention}", purged, ActivityDeduplicator.Retention);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run tries again; stale marks only cost storage.
            logger.LogWarning(e, "Purging processed-activity marks failed");
        }
    }
}
