using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Domain;

namespace PbxBot.Mail.Tests.Composition;

/// <summary>
/// The welcome e-mail (seed 000 step 8): an HTML body and a plain-text alternative saying the same — number,
/// name, department, DID, how to sign in to the web client and the mobile apps, the one-time link — in the PBX's
/// language, with a Message-Id that stays the same for every attempt of one outbox message.
/// </summary>
public sealed class WelcomeEmailSpeaksThePbxLanguage
{
    private static readonly WelcomeEmailComposer Composer = new(
        Options.Create(new SmtpOptions { From = "pbxbot@acme.example", FromName = "PbxBot Acme" }),
        new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)));

    private static WelcomeEmail Email(Language language, string? did = "+33180203040") => new()
    {
        MessageKey = "0f1e2d3c",
        Language = language,
        ToAddress = "marie.curie@acme.example",
        FirstName = "Marie",
        LastName = "Curie",
        PbxName = "Acme Téléphonie",
        ExtensionNumber = "105",
        DepartmentName = "Support Élite",
        Did = did,
        WebClientUrl = new Uri("https://acme.3cx.fr/"),
        SetPasswordLink = new Uri("https://bot.acme.example/welcome/pbx-acme/105?token=abc_DEF-123"),
        LinkExpiresAt = new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void InFrench_BothBodiesGiveTheExtensionTheLinkAndHowToSignIn()
    {
        var message = Composer.Compose(Email(Language.French));

        Assert.Equal("Bienvenue ! Votre extension 3CX 105 sur Acme Téléphonie", message.Subject);
        Assert.Equal("fr", message.Body!.Headers["Content-Language"]);
        foreach (var body in new[] { message.TextBody, System.Net.WebUtility.HtmlDecode(message.HtmlBody) })
        {
            Assert.Contains("Bonjour Marie", body);
            Assert.Contains("105", body);
            Assert.Contains("Support Élite", body);
            Assert.Contains("+33180203040", body);
            Assert.Contains("https://acme.3cx.fr/", body);
            Assert.Contains("https://bot.acme.example/welcome/pbx-acme/105?token=abc_DEF-123", body);
            Assert.Contains("apps.apple.com", body);
            Assert.Contains("play.google.com", body);
            Assert.Contains("9 mars 2026 à 09:00 (Europe/Paris)", body);
        }
    }

    [Fact]
    public void InEnglish_TheSameMailIsWrittenInEnglish()
    {
        var message = Composer.Compose(Email(Language.English));

        Assert.Equal("Welcome! Your 3CX extension 105 on Acme Téléphonie", message.Subject);
        Assert.Equal("en", message.Body!.Headers["Content-Language"]);
        Assert.Contains("Hello Marie", message.TextBody);
        Assert.Contains("Choose my password", message.HtmlBody);
        Assert.Contains("March 9, 2026 at 9:00 AM (Europe/Paris)", message.TextBody);
        Assert.DoesNotContain("Bonjour", message.TextBody);
    }

    [Fact]
    public void IsMultipartAlternative_WithTextFirstAndHtmlSecond()
    {
        var message = Composer.Compose(Email(Language.French));

        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Equal("marie.curie@acme.example", message.To.Mailboxes.Single().Address);
        Assert.Equal("Marie Curie", message.To.Mailboxes.Single().Name);
        Assert.Equal("pbxbot@acme.example", message.From.Mailboxes.Single().Address);
    }

    [Fact]
    public void MessageId_IsTheSameForEveryAttemptOfOneOutboxMessage()
    {
        var first = Composer.Compose(Email(Language.French));
        var retry = Composer.Compose(Email(Language.French) with { SetPasswordLink = new Uri("https://bot.acme.example/welcome/pbx-acme/105?token=other") });

        Assert.Equal("welcome.0f1e2d3c@acme.example", first.MessageId);
        Assert.Equal(first.MessageId, retry.MessageId);
    }

    [Fact]
    public void WithoutDid_NoDirectNumberLine()
    {
        var message = Composer.Compose(Email(Language.French, did: null));

        Assert.DoesNotContain("SDA", message.TextBody);
        Assert.DoesNotContain("SDA", message.HtmlBody);
    }

    [Fact]
    public void NamesAreHtmlEncoded_NeverMarkup()
    {
        var message = Composer.Compose(Email(Language.French) with { FirstName = "<script>alert(1)</script>" });

        Assert.DoesNotContain("<script>", message.HtmlBody);
        Assert.Contains("&lt;script&gt;", message.HtmlBody);
    }

    [Fact]
    public void Resend_SaysTheOldLinkNoLongerWorks()
    {
        var message = Composer.Compose(Email(Language.French) with { IsResend = true });

        Assert.Equal("Votre nouveau lien de connexion 3CX (extension 105)", message.Subject);
        Assert.Contains("Le lien envoyé précédemment ne fonctionne plus", message.TextBody);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("marie.curie")]
    public void AnInvalidAddress_IsAPermanentFailure(string address)
    {
        Assert.Throws<PermanentDeliveryException>(() => Composer.Compose(Email(Language.French) with { ToAddress = address }));
    }
}
