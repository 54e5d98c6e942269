using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Mail.Tests.Support;

namespace PbxBot.Mail.Tests.Credentials;

/// <summary>
/// The helpdesk's resend (the seed's "Réinitialiser"): in one commit the old link stops working, the address is
/// corrected if asked, an audit entry records it, and a new welcome e-mail is queued; the operator can follow its
/// status (queued, sent at, failed with reason).
/// </summary>
public sealed class ResendInvalidatesTheOldLink
{
    private static readonly Operator Helpdesk = new("helpdesk-1", "Hélène Desk", new Grant { PbxId = MailWorld.PbxId, UserId = "helpdesk-1", Helpdesk = true });

    [Fact]
    public async Task TheOldLinkDiesAtOnce_AndTheNewMailCarriesAWorkingOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var original = await world.CreateExtensionAsync("105", "marie@acme.exmaple");
        var mailer = new RecordingMailer();
        var worker = world.Worker(mailer);
        await worker.RunOnceAsync(ct);
        var oldToken = OnlyTheTokenHashIsStored.TokenOf(mailer.Sent[0]);
        var service = world.Service();
        world.Time.Advance(TimeSpan.FromDays(2));

        var resend = await service.QueueResendAsync(MailWorld.PbxId, await world.ExtensionAsync("105"), "marie@acme.example", Helpdesk, MailWorld.Operator, "card-7", ct);

        var extension = (await world.ExtensionAsync("105")).Value;
        Assert.Null(extension.Credential);
        Assert.Equal(WelcomeLinkState.Invalid, WelcomeTokens.Check(extension.Credential, oldToken, world.Time.GetUtcNow()));
        Assert.Equal("marie@acme.example", extension.EmailAddress);
        Assert.Equal((OutboxStatus.Queued, "card-7"), (resend.Status, resend.StatusCardMessageId));
        var order = WelcomeEmailOrder.FromJson(resend.Payload);
        Assert.True(order.IsResend);
        Assert.Equal("marie@acme.example", order.AddressOverride);

        var status = await service.GetStatusAsync(MailWorld.PbxId, "105", ct);
        Assert.Equal([(resend.Id, OutboxStatus.Queued), (original.Id, OutboxStatus.Sent)], status.Select(m => (m.Id, m.Status)));

        await worker.RunOnceAsync(ct);

        var newMail = mailer.Sent[1];
        Assert.Equal(("marie@acme.example", true), (newMail.ToAddress, newMail.IsResend));
        var credential = (await world.ExtensionAsync("105")).Value.Credential;
        Assert.Equal(WelcomeLinkState.Valid, WelcomeTokens.Check(credential, OnlyTheTokenHashIsStored.TokenOf(newMail), world.Time.GetUtcNow()));
        Assert.Equal(WelcomeLinkState.Invalid, WelcomeTokens.Check(credential, oldToken, world.Time.GetUtcNow()));
        var after = await service.GetStatusAsync(MailWorld.PbxId, "105", ct);
        Assert.Equal((OutboxStatus.Sent, world.Time.GetUtcNow()), (after[0].Status, after[0].SentAt));
    }

    [Fact]
    public async Task TheResendIsAudited_WithoutAnySecretVerifier()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        await world.CreateExtensionAsync("105", "marie@acme.exmaple");
        await world.Worker(new RecordingMailer()).RunOnceAsync(ct);
        var hash = (await world.ExtensionAsync("105")).Value.Credential!.TokenHash;

        await world.Service().QueueResendAsync(MailWorld.PbxId, await world.ExtensionAsync("105"), "marie@acme.example", Helpdesk, null, null, ct);

        var audit = Assert.Single(await world.Store.QueryAsync<AuditEntry>(MailWorld.PbxId, new DocumentQuery(DocumentKinds.Audit), ct)).Value;
        Assert.Equal((WelcomeEmailService.ResentAction, "extension:105", "helpdesk-1", "Hélène Desk"), (audit.Action, audit.Target, audit.ActorId, audit.ActorName));
        Assert.Contains("marie@acme.exmaple", audit.Before);
        Assert.Contains("marie@acme.example", audit.After);
        Assert.DoesNotContain(hash, audit.Before);
    }

    [Fact]
    public async Task AStaleExtension_IsRefused_AndNothingIsQueued()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        await world.CreateExtensionAsync("105", "marie@acme.example");
        var stale = await world.ExtensionAsync("105");
        await world.Worker(new RecordingMailer()).RunOnceAsync(ct);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() =>
            world.Service().QueueResendAsync(MailWorld.PbxId, stale, null, Helpdesk, null, null, ct));

        Assert.Single(await world.Service().GetStatusAsync(MailWorld.PbxId, "105", ct));
    }

    [Fact]
    public async Task WithoutAnyAddress_TheResendIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        await world.CreateExtensionAsync("105", email: null);
        var extension = await world.ExtensionAsync("105");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            world.Service().QueueResendAsync(MailWorld.PbxId, extension, "  ", Helpdesk, null, null, ct));
    }
}
