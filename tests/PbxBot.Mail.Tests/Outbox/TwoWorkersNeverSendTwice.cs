using System.Collections.Concurrent;
using PbxBot.Application.Outbox;
using PbxBot.Mail.Tests.Support;

namespace PbxBot.Mail.Tests.Outbox;

/// <summary>Several bot instances run the worker on one store: each message is claimed, and sent, by exactly one.</summary>
public sealed class TwoWorkersNeverSendTwice
{
    [Fact]
    public async Task EveryMessageIsSentOnce_AcrossTwoConcurrentWorkers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var ids = new List<string>();
        for (var n = 200; n < 230; n++)
        {
            ids.Add((await world.CreateExtensionAsync(n.ToString(System.Globalization.CultureInfo.InvariantCulture), $"user{n}@acme.example")).Id);
        }
        var byWorker = new ConcurrentDictionary<string, string>();
        var duplicates = new ConcurrentBag<string>();
        RecordingMailer MailerOf(string name) => new()
        {
            Before = async email =>
            {
                if (!byWorker.TryAdd(email.MessageKey, name))
                {
                    duplicates.Add(email.MessageKey);
                }
                await Task.Yield();
            },
        };
        var a = world.Worker(MailerOf("a"));
        var b = world.Worker(MailerOf("b"));

        async Task Drain(OutboxWorker worker)
        {
            while (await worker.RunOnceAsync(ct) > 0)
            {
            }
        }
        await Task.WhenAll(Task.Run(() => Drain(a), ct), Task.Run(() => Drain(b), ct));

        Assert.Empty(duplicates);
        Assert.Equal(ids.Order(), byWorker.Keys.Order());
        foreach (var id in ids)
        {
            Assert.Equal(OutboxStatus.Sent, (await world.MessageAsync(id)).Status);
        }
    }
}
