using PbxBot.Application.Outbox;
using PbxBot.Mail.Tests.Support;
using PbxBot.Testing.Mail;

namespace PbxBot.Mail.Tests.Outbox;

/// <summary>
/// SMTP down while an extension is created: the extension is saved all the same (it was committed with its
/// outbox message), the mail waits in the outbox with a growing backoff, and it is delivered once the server is back.
/// </summary>
public sealed class SmtpOutageDelaysButNeverLoses
{
    [Fact]
    public async Task TheExtensionIsSaved_TheMailWaits_ThenArrivesWhenSmtpIsBack()
    {
        var ct = TestContext.Current.CancellationToken;
        using var inbox = MailDevInbox.FromEnvironment();
        await using var world = await MailWorld.CreateAsync();
        (world.Smtp.Host, world.Smtp.Port) = ("127.0.0.1", ClosedPort.Get());
        var address = MailDevInbox.UniqueAddress("outage");
        var queued = await world.CreateExtensionAsync("105", address);
        var worker = world.Worker(world.Mailer(world.SmtpSender()));

        Assert.Equal(1, await worker.RunOnceAsync(ct));

        Assert.Equal(address, (await world.ExtensionAsync("105")).Value.EmailAddress);
        var waiting = await world.MessageAsync(queued.Id);
        Assert.Equal(OutboxStatus.Queued, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.NotNull(waiting.LastError);
        var wait = DateTimeOffset.FromUnixTimeMilliseconds(waiting.DueAtMs) - world.Time.GetUtcNow();
        Assert.InRange(wait, world.OutboxOptions.BaseDelay / 2, world.OutboxOptions.BaseDelay);
        Assert.Equal(0, await worker.RunOnceAsync(ct));

        world.AdvanceUntilDue(waiting);
        Assert.Equal(1, await worker.RunOnceAsync(ct));
        var second = await world.MessageAsync(queued.Id);
        Assert.Equal((OutboxStatus.Queued, 2), (second.Status, second.Attempts));
        Assert.True(second.DueAtMs - world.Time.GetUtcNow().ToUnixTimeMilliseconds() >= world.OutboxOptions.BaseDelay.TotalMilliseconds,
            "the second wait is at least the first one's ceiling");

        (world.Smtp.Host, world.Smtp.Port) = (inbox.Host, inbox.Port);
        world.AdvanceUntilDue(second);
        Assert.Equal(1, await worker.RunOnceAsync(ct));

        var mail = Assert.Single(await inbox.WaitForAsync(address, 1, ct));
        Assert.Equal($"welcome.{queued.Id}@acme.example", mail.MessageId);
        var sent = await world.MessageAsync(queued.Id);
        Assert.Equal((OutboxStatus.Sent, 3), (sent.Status, sent.Attempts));
        Assert.Empty(world.Messenger.Sent);
    }
}
