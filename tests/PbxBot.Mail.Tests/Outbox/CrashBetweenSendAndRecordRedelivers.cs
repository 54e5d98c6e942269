using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Mail.Tests.Support;
using PbxBot.Testing.Mail;

namespace PbxBot.Mail.Tests.Outbox;

/// <summary>
/// At-least-once: a worker that dies after the SMTP server accepted the mail but before "sent" was recorded leaves
/// its claim behind; when the lease expires another worker delivers the mail again — with the same Message-Id, so
/// the duplicate is recognisable — and nothing is lost.
/// </summary>
public sealed class CrashBetweenSendAndRecordRedelivers
{
    [Fact]
    public async Task AfterTheLeaseExpires_TheMailIsDeliveredAgain_WithTheSameMessageId()
    {
        var ct = TestContext.Current.CancellationToken;
        using var inbox = MailDevInbox.FromEnvironment();
        await using var world = await MailWorld.CreateAsync();
        (world.Smtp.Host, world.Smtp.Port) = (inbox.Host, inbox.Port);
        var address = MailDevInbox.UniqueAddress("crash");
        var queued = await world.CreateExtensionAsync("105", address);
        var mailer = world.Mailer(world.SmtpSender());

        var dying = world.Worker(mailer, new DiesBeforeRecording(world.Outbox));
        Assert.Equal(1, await dying.RunOnceAsync(ct));
        Assert.Single(await inbox.WaitForAsync(address, 1, ct));
        var orphan = await world.MessageAsync(queued.Id);
        Assert.Equal(OutboxStatus.Sending, orphan.Status);

        var survivor = world.Worker(mailer);
        Assert.Equal(0, await survivor.RunOnceAsync(ct));

        world.Time.Advance(world.OutboxOptions.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await survivor.RunOnceAsync(ct));

        var copies = await inbox.WaitForAsync(address, 2, ct);
        Assert.Equal(2, copies.Count);
        Assert.All(copies, m => Assert.Equal($"welcome.{queued.Id}@acme.example", m.MessageId));
        var sent = await world.MessageAsync(queued.Id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(0, await survivor.RunOnceAsync(ct));
    }

    [Fact]
    public async Task ShutdownMidSend_LeavesTheClaim_ForAnotherWorker()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var queued = await world.CreateExtensionAsync("105", "marie.curie@acme.example");
        using var shutdown = new CancellationTokenSource();
        var stopping = world.Worker(new StopsTheHostWhileSending(shutdown));

        await stopping.RunOnceAsync(shutdown.Token);

        Assert.Equal(OutboxStatus.Sending, (await world.MessageAsync(queued.Id)).Status);
        world.Time.Advance(world.OutboxOptions.Lease + TimeSpan.FromSeconds(1));
        var recording = new RecordingMailer();
        Assert.Equal(1, await world.Worker(recording).RunOnceAsync(ct));
        Assert.Equal([queued.Id], recording.Keys);
        Assert.Equal(OutboxStatus.Sent, (await world.MessageAsync(queued.Id)).Status);
    }

    /// <summary>The process "dies" between the send and the record: the outcome never reaches the store.</summary>
    private sealed class DiesBeforeRecording(IOutboxStore inner) : IOutboxStore
    {
        public Task<IReadOnlyList<Stored<OutboxMessage>>> ClaimDueAsync(string workerId, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
            inner.ClaimDueAsync(workerId, now, lease, max, cancellationToken);

        public Task<string> CompleteAsync(Stored<OutboxMessage> claimed, OutboxMessage outcome, CancellationToken cancellationToken) =>
            throw new StoreUnavailableException("process killed before the outcome was written");

        public Task<IReadOnlyList<Stored<OutboxMessage>>> ListBySubjectAsync(string pbxId, string subject, int max, CancellationToken cancellationToken) =>
            inner.ListBySubjectAsync(pbxId, subject, max, cancellationToken);
    }

    private sealed class StopsTheHostWhileSending(CancellationTokenSource shutdown) : Application.Mail.IWelcomeMailer
    {
        public async Task SendAsync(Application.Mail.WelcomeEmail email, CancellationToken cancellationToken)
        {
            await shutdown.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
