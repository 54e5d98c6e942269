using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Application.PhoneSystem;

namespace PbxBot.Application.Sync;

/// <summary>
/// Syncs every connected PBX at start and then every <see cref="PbxSyncOptions.Interval"/>. A PBX that cannot be
/// reached is tried again at the next round (its status shows the error); it never stops the bot.
/// </summary>
public sealed class PbxSyncSchedule(PbxSync sync, IPhoneSystems phoneSystems, IOptions<PbxSyncOptions> options, TimeProvider time,
    ILogger<PbxSyncSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (phoneSystems.Connected.Count == 0 || (!settings.OnStart && settings.Interval <= TimeSpan.Zero))
        {
            return;
        }
        if (settings.OnStart)
        {
            await SyncAllAsync(stoppingToken);
        }
        if (settings.Interval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(settings.Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SyncAllAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The bot is stopping.
        }
    }

    private async Task SyncAllAsync(CancellationToken ct)
    {
        foreach (var pbx in phoneSystems.Connected)
        {
            try
            {
                await sync.SyncAsync(pbx.PbxId, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogWarning(e, "Scheduled sync of PBX {PbxId} failed; it is tried again at the next round", pbx.PbxId);
            }
        }
    }
}
