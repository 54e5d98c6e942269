using PbxBot.Application.Outbox;
using PbxBot.Mail.Tests.Support;

namespace PbxBot.Mail.Tests.Outbox;

/// <summary>
/// Transient failures are retried with exponential backoff and jitter: each wait lies between half the ceiling and
/// the ceiling, the ceiling doubles up to MaxDelay, and after MaxAttempts the message is Failed and left alone.
/// </summary>
public sealed class BackoffGrowsWithJitterAndStops
{
    private static readonly OutboxOptions Defaults = new();

    [Fact]
    public void TheCeilingDoubles_UpToMaxDelay()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), OutboxBackoff.Ceiling(Defaults, 1));
        Assert.Equal(TimeSpan.FromSeconds(10), OutboxBackoff.Ceiling(Defaults, 2));
        Assert.Equal(TimeSpan.FromSeconds(320), OutboxBackoff.Ceiling(Defaults, 7));
        Assert.Equal(TimeSpan.FromMinutes(15), OutboxBackoff.Ceiling(Defaults, 9));
        Assert.Equal(TimeSpan.FromMinutes(15), OutboxBackoff.Ceiling(Defaults, 1000));
    }

    [Fact]
    public void EachWaitLiesBetweenHalfTheCeilingAndTheCeiling()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), OutboxBackoff.Delay(Defaults, 1, 0));
        Assert.Equal(TimeSpan.FromSeconds(5), OutboxBackoff.Delay(Defaults, 1, 1));
        Assert.Equal(TimeSpan.FromSeconds(7.5), OutboxBackoff.Delay(Defaults, 2, 0.5));
    }

    [Fact]
    public async Task TheWorkerWaitsLongerEachTime_WithJitter_AndGivesUpAfterMaxAttempts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var queued = await world.CreateExtensionAsync("105", "marie@acme.example");
        var mailer = new RecordingMailer { Before = _ => throw new IOException("connection reset") };
        var worker = world.Worker(mailer);
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= world.OutboxOptions.MaxAttempts; attempt++)
        {
            Assert.Equal(1, await worker.RunOnceAsync(ct));
            var message = await world.MessageAsync(queued.Id);
            Assert.Equal(attempt, message.Attempts);
            Assert.Equal("IOException: connection reset", message.LastError);
            if (attempt < world.OutboxOptions.MaxAttempts)
            {
                Assert.Equal(OutboxStatus.Queued, message.Status);
                var wait = DateTimeOffset.FromUnixTimeMilliseconds(message.DueAtMs) - world.Time.GetUtcNow();
                var ceiling = OutboxBackoff.Ceiling(world.OutboxOptions, attempt);
                Assert.InRange(wait, ceiling / 2 - TimeSpan.FromMilliseconds(1), ceiling);
                waits.Add(wait);
                world.AdvanceUntilDue(message);
            }
            else
            {
                Assert.Equal(OutboxStatus.Failed, message.Status);
            }
        }

        Assert.Equal(world.OutboxOptions.MaxAttempts - 1, waits.Count);
        Assert.True(waits.Zip(waits.Skip(1)).All(p => p.Second >= p.First), $"waits grow: {string.Join(", ", waits)}");
        Assert.True(waits.Select((w, i) => w / OutboxBackoff.Ceiling(world.OutboxOptions, i + 1)).Distinct().Count() > 1, "jitter varies the waits");
        Assert.Single(world.Messenger.Sent);
        world.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await worker.RunOnceAsync(ct));
    }
}
