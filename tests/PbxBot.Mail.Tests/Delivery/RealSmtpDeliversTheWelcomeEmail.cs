using MimeKit;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Domain;
using PbxBot.Mail.Tests.Support;
using PbxBot.Testing.Mail;

namespace PbxBot.Mail.Tests.Delivery;

/// <summary>
/// Through the real SMTP test server: an extension saved with an e-mail address gets its welcome e-mail — the
/// outbox worker claims it, MailKit sends it — and what arrives has the right recipient, subject, both bodies and
/// language, and a set-password link whose token matches the hash stored on the extension.
/// </summary>
public sealed class RealSmtpDeliversTheWelcomeEmail
{
    [Theory]
    [InlineData(Language.French, "Bienvenue ! Votre extension 3CX 105 sur Acme Téléphonie", "Bonjour Marie", "fr")]
    [InlineData(Language.English, "Welcome! Your 3CX extension 105 on Acme Téléphonie", "Hello Marie", "en")]
    public async Task TheMailArrives_InThePbxLanguage_WithBothBodies(Language language, string subject, string greeting, string languageCode)
    {
        var ct = TestContext.Current.CancellationToken;
        using var inbox = MailDevInbox.FromEnvironment();
        await using var world = await MailWorld.CreateAsync(language);
        (world.Smtp.Host, world.Smtp.Port) = (inbox.Host, inbox.Port);
        var address = MailDevInbox.UniqueAddress("marie");
        var queued = await world.CreateExtensionAsync("105", address, did: "+33180203040");

        Assert.Equal(1, await world.Worker(world.Mailer(world.SmtpSender())).RunOnceAsync(ct));

        var mail = Assert.Single(await inbox.WaitForAsync(address, 1, ct));
        Assert.Equal(address, mail.To.Mailboxes.Single().Address);
        Assert.Equal(subject, mail.Subject);
        Assert.Equal(languageCode, mail.Body!.Headers["Content-Language"]);
        Assert.Contains(greeting, mail.TextBody);
        Assert.Contains(greeting, mail.HtmlBody);
        Assert.Contains("+33180203040", mail.TextBody);
        Assert.Equal($"welcome.{queued.Id}@acme.example", mail.MessageId);

        var sent = await world.MessageAsync(queued.Id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(world.Time.GetUtcNow(), sent.SentAt);
        Assert.Equal(1, sent.Attempts);

        var token = TokenIn(mail);
        var extension = await world.ExtensionAsync("105");
        Assert.Equal(WelcomeLinkState.Valid, WelcomeTokens.Check(extension.Value.Credential, token, world.Time.GetUtcNow()));
    }

    /// <summary>The token of the set-password link in the plain-text body.</summary>
    internal static string TokenIn(MimeMessage mail)
    {
        var line = TokenLine(mail);
        return line[(line.IndexOf("?token=", StringComparison.Ordinal) + "?token=".Length)..];
    }

    /// <summary>The line of the plain-text body holding the set-password link.</summary>
    internal static string TokenLine(MimeMessage mail) =>
        (mail.TextBody ?? "").Split('\n').Select(l => l.Trim()).First(l => l.Contains("/welcome/", StringComparison.Ordinal));
}
