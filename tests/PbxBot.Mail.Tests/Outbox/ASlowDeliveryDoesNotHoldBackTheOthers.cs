using PbxBot.Application.Outbox;
using PbxBot.Mail.Tests.Support;
using PbxBot.Testing.Mail;

namespace PbxBot.Mail.Tests.Outbox;

/// <summary>
/// The running worker keeps <see cref="OutboxOptions.BatchSize"/> deliveries in flight and claims the next message as
/// soon as one ends: one slow delivery (an SMTP server that hangs, a PBX change waiting for an earlier one) takes one
/// slot, and the messages behind it still go out.
/// </summary>
public sealed class ASlowDeliveryDoesNotHoldBackTheOthers
{
    [Fact]
    public async Task WhileOneDeliveryHangs_TheOtherSlotKeepsDelivering()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        world.OutboxOptions.BatchSize = 2;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string? hanging = null;
        var mailer = new RecordingMailer
        {
            // The first message handed to the mailer hangs until the test releases it; the others are sent at once.
            Before = email => Interlocked.CompareExchange(ref hanging, email.MessageKey, null) is null ? release.Task : Task.CompletedTask,
        };
        var queued = new List<string>();
        foreach (var number in new[] { "105", "106", "107", "108", "109" })
        {
            queued.Add((await world.CreateExtensionAsync(number, $"user{number}@acme.example")).Id);
        }
        using var worker = world.Worker(mailer);
        await worker.StartAsync(ct);

        // A worker that claimed two and waited for both would have sent one message at most by now.
        await Eventually.TrueAsync(() => mailer.Keys.Count == 4, "the four messages behind the hanging one", ct);
        Assert.DoesNotContain(hanging, mailer.Keys);
        Assert.Equal(OutboxStatus.Sending, (await world.MessageAsync(hanging!)).Status);

        release.SetResult();
        await Eventually.TrueAsync(async () => (await world.MessageAsync(hanging!)).Status == OutboxStatus.Sent, "the released message sent", ct);
        Assert.Equal(queued.Order(), mailer.Keys.Order());
        foreach (var id in queued)
        {
            Assert.Equal(OutboxStatus.Sent, (await world.MessageAsync(id)).Status);
        }
        await worker.StopAsync(ct);
    }
}
