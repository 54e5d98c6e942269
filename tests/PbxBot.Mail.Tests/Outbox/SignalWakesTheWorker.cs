using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Mail.Tests.Support;
using PbxBot.Testing.Mail;

namespace PbxBot.Mail.Tests.Outbox;

/// <summary>
/// The running worker delivers a mail as soon as the saving code signals it — no poll interval to wait — and
/// still finds messages nobody signalled here (another instance enqueued them) at its next poll.
/// </summary>
public sealed class SignalWakesTheWorker
{
    [Fact]
    public async Task ASignalledMessage_IsDeliveredWithoutWaitingForThePoll()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var mailer = new RecordingMailer();
        using var worker = world.Worker(mailer);
        await worker.StartAsync(ct);

        var queued = await world.CreateExtensionAsync("105", "marie@acme.example");

        // The fake clock never moves in this test: only the signal can have woken the worker.
        await Eventually.TrueAsync(async () => (await world.MessageAsync(queued.Id)).Status == OutboxStatus.Sent, "the signalled mail sent", ct);
        Assert.Equal([queued.Id], mailer.Keys);
        await worker.StopAsync(ct);
    }

    [Fact]
    public async Task AnUnsignalledMessage_IsFoundAtTheNextPoll()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var mailer = new RecordingMailer();
        using var worker = world.Worker(mailer);
        await worker.StartAsync(ct);

        var extension = new Extension { Number = "105", FirstName = "Marie", LastName = "Curie", EmailAddress = "marie@acme.example", Department = MailWorld.DepartmentKey };
        var enqueuedElsewhere = WelcomeEmailService.NewWelcomeEmail(MailWorld.PbxId, "105", world.Language, world.Time.GetUtcNow());
        await world.Store.CommitAsync(MailWorld.PbxId, [new Change.Create(ExtensionDocument.Of(extension)), OutboxDocument.Enqueue(enqueuedElsewhere)], ct);

        await Eventually.TrueAsync(() =>
        {
            world.Time.Advance(world.OutboxOptions.PollInterval);
            return mailer.Keys.Contains(enqueuedElsewhere.Id);
        }, "the polled mail", ct);
        await worker.StopAsync(ct);
    }
}
