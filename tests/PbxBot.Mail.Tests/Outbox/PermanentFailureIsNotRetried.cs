using PbxBot.Application.Outbox;
using PbxBot.Domain;
using PbxBot.Mail.Tests.Support;
using PbxBot.Testing.Mail;

namespace PbxBot.Mail.Tests.Outbox;

/// <summary>
/// A 5xx reply (the mailbox does not exist) is not retried: the message is Failed with the server's reason, and the
/// operator who created the extension is told in Teams what happened and how to resend it.
/// </summary>
public sealed class PermanentFailureIsNotRetried
{
    [Fact]
    public async Task A550_FailsAtOnce_StoresTheReason_AndTellsTheOperator()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var smtp = new ScriptedSmtpServer("550 5.1.1 mailbox unavailable");
        await using var world = await MailWorld.CreateAsync();
        (world.Smtp.Host, world.Smtp.Port) = (smtp.Host, smtp.Port);
        var sentObserver = new RecordingObserver();
        var queued = await world.CreateExtensionAsync("105", "marie@acme.example");
        var worker = world.Worker(world.Mailer(world.SmtpSender()), observers: sentObserver);

        Assert.Equal(1, await worker.RunOnceAsync(ct));

        var failed = await world.MessageAsync(queued.Id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("550", failed.LastError);
        Assert.Contains("mailbox unavailable", failed.LastError);
        var (conversation, reply) = Assert.Single(world.Messenger.Sent);
        Assert.Equal(MailWorld.Operator, conversation);
        Assert.Equal(
            "L'e-mail de bienvenue de 105 (marie@acme.example) n'a pas pu être envoyé : 550 5.1.1 mailbox unavailable. Vérifiez l'adresse puis renvoyez-le avec « renvoyer l'e-mail de bienvenue à 105 ».",
            reply.Text);
        Assert.Equal([queued.Id], sentObserver.Failed);

        world.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await worker.RunOnceAsync(ct));
        Assert.Equal(1, smtp.RecipientsRefused);
    }

    [Fact]
    public async Task TheOperatorIsToldInThePbxLanguage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var smtp = new ScriptedSmtpServer("553 5.1.3 invalid recipient");
        await using var world = await MailWorld.CreateAsync(Language.English);
        (world.Smtp.Host, world.Smtp.Port) = (smtp.Host, smtp.Port);
        await world.CreateExtensionAsync("105", "marie@acme.example");

        await world.Worker(world.Mailer(world.SmtpSender())).RunOnceAsync(ct);

        Assert.Equal(
            "The welcome e-mail of 105 (marie@acme.example) could not be sent: 553 5.1.3 invalid recipient. Check the address, then send it again with \"resend the welcome e-mail to 105\".",
            Assert.Single(world.Messenger.Sent).Reply.Text);
    }

    [Fact]
    public async Task A4xx_IsTransient_AndRetried()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var smtp = new ScriptedSmtpServer("451 4.3.0 try again later");
        await using var world = await MailWorld.CreateAsync();
        (world.Smtp.Host, world.Smtp.Port) = (smtp.Host, smtp.Port);
        var queued = await world.CreateExtensionAsync("105", "marie@acme.example");

        await world.Worker(world.Mailer(world.SmtpSender())).RunOnceAsync(ct);

        var waiting = await world.MessageAsync(queued.Id);
        Assert.Equal((OutboxStatus.Queued, 1), (waiting.Status, waiting.Attempts));
        Assert.Empty(world.Messenger.Sent);
    }

    [Fact]
    public async Task AnExtensionWithoutAddress_FailsAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var queued = await world.CreateExtensionAsync("105", email: null);
        var mailer = new RecordingMailer();

        await world.Worker(mailer).RunOnceAsync(ct);

        var failed = await world.MessageAsync(queued.Id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Contains("no e-mail address", failed.LastError);
        Assert.Empty(mailer.Sent);
    }

    private sealed class RecordingObserver : IOutboxObserver
    {
        public List<string> Sent { get; } = [];

        public List<string> Failed { get; } = [];

        public Task OnSentAsync(OutboxMessage sent, CancellationToken cancellationToken)
        {
            Sent.Add(sent.Id);
            return Task.CompletedTask;
        }

        public Task OnFailedAsync(OutboxMessage failed, CancellationToken cancellationToken)
        {
            Failed.Add(failed.Id);
            return Task.CompletedTask;
        }
    }
}
