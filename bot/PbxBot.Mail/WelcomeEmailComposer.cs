using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Domain;
using C = PbxBot.Mail.WelcomeEmailContent;

namespace PbxBot.Mail;

/// <summary>
/// Turns a <see cref="WelcomeEmail"/> into a MIME message: an HTML body (table layout and inline styles, what mail
/// clients render alike) with a plain-text alternative saying the same, in the PBX's language. Its Message-Id is
/// derived from the outbox message, so every delivery of the same outbox message carries the same Message-Id.
/// </summary>
public sealed class WelcomeEmailComposer(IOptions<SmtpOptions> smtp, TimeProvider time)
{
    public MimeMessage Compose(WelcomeEmail email)
    {
        var options = smtp.Value;
        if (!MailboxAddress.TryParse(email.ToAddress, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new PermanentDeliveryException($"invalid e-mail address {email.ToAddress}");
        }
        to.Name = email.DisplayName;
        var from = new MailboxAddress(options.FromName, options.From);
        var language = email.Language;
        var message = new MimeMessage
        {
            Subject = email.IsResend ? C.ResendSubject.Format(language, email.ExtensionNumber) : C.Subject.Format(language, email.ExtensionNumber, email.PbxName),
            MessageId = MessageIdOf(email.MessageKey, from),
            Date = time.GetUtcNow(),
        };
        message.From.Add(from);
        message.To.Add(to);
        // RFC 3834: tells auto-responders (vacation replies) not to answer.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder { TextBody = PlainText(email), HtmlBody = Html(email, message.Subject) }.ToMessageBody();
        // A Content-* header belongs to the body entity: MimeKit writes the top-level ones from there.
        body.Headers.Add(HeaderId.ContentLanguage, language.Code());
        message.Body = body;
        return message;
    }

    /// <summary><c>welcome.{outbox id}@{sender's domain}</c>: stable across retries of one outbox message.</summary>
    public static string MessageIdOf(string messageKey, MailboxAddress from)
    {
        var domain = from.Domain is { Length: > 0 } d ? d : "pbxbot.local";
        return $"welcome.{messageKey}@{domain}";
    }

    private static string PlainText(WelcomeEmail email)
    {
        var l = email.Language;
        var text = new StringBuilder();
        text.AppendLine(C.Greeting.Format(l, email.FirstName)).AppendLine();
        text.AppendLine(email.IsResend ? C.ResendIntro.In(l) : C.Intro.Format(l, email.PbxName)).AppendLine();
        foreach (var (label, value) in Facts(email))
        {
            text.Append("  ").Append(label).Append(" : ").AppendLine(value);
        }
        text.AppendLine();
        text.AppendLine(C.Step1.In(l));
        text.AppendLine(email.SetPasswordLink.AbsoluteUri);
        text.AppendLine(C.Step1Note.Format(l, Expiry(email))).AppendLine();
        text.AppendLine(C.Step2.In(l));
        text.AppendLine(C.Step2Body.Format(l, email.WebClientUrl.AbsoluteUri, email.ExtensionNumber)).AppendLine();
        text.AppendLine(C.Step3.In(l));
        text.AppendLine(C.Step3Body.In(l));
        text.Append("  ").Append(C.AppStore.In(l)).Append(" : ").AppendLine(C.AppStoreUrl.AbsoluteUri);
        text.Append("  ").Append(C.GooglePlay.In(l)).Append(" : ").AppendLine(C.GooglePlayUrl.AbsoluteUri).AppendLine();
        text.AppendLine("-- ");
        text.AppendLine(C.Footer.In(l));
        return text.ToString();
    }

    private static string Html(WelcomeEmail email, string subject)
    {
        var l = email.Language;
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{l.Code()}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(subject)}</title></head>
            <body style="margin:0;padding:0;background:#f3f5f8;">
            <div style="display:none;max-height:0;overflow:hidden;">{E(C.Preheader.In(l))}</div>
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f8;"><tr><td align="center" style="padding:24px 12px;">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2937;font-size:15px;line-height:1.5;">
            <tr><td style="background:#0b5cab;color:#ffffff;padding:20px 28px;border-radius:8px 8px 0 0;font-size:20px;font-weight:600;">{E(email.PbxName)}</td></tr>
            <tr><td style="padding:28px;">
            <p style="margin:0 0 12px;font-size:16px;">{E(C.Greeting.Format(l, email.FirstName))}</p>
            <p style="margin:0 0 16px;">{E(email.IsResend ? C.ResendIntro.In(l) : C.Intro.Format(l, email.PbxName))}</p>
            <table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse;margin:0 0 24px;background:#f8fafc;border:1px solid #e5e7eb;border-radius:6px;">

            """);
        foreach (var (label, value) in Facts(email))
        {
            html.Append($"""<tr><td style="padding:8px 14px;color:#6b7280;width:45%;">{E(label)}</td><td style="padding:8px 14px;font-weight:600;">{E(value)}</td></tr>""").Append('\n');
        }
        html.Append($"""
            </table>
            <h2 style="margin:0 0 8px;font-size:17px;color:#0b5cab;">{E(C.Step1.In(l))}</h2>
            <p style="margin:0 0 12px;"><a href="{E(email.SetPasswordLink.AbsoluteUri)}" style="display:inline-block;background:#0b5cab;color:#ffffff;text-decoration:none;padding:12px 22px;border-radius:6px;font-weight:600;">{E(C.Step1Button.In(l))}</a></p>
            <p style="margin:0 0 24px;font-size:13px;color:#6b7280;">{E(C.Step1Note.Format(l, Expiry(email)))}</p>
            <h2 style="margin:0 0 8px;font-size:17px;color:#0b5cab;">{E(C.Step2.In(l))}</h2>
            <p style="margin:0 0 24px;">{Linked(C.Step2Body.Format(l, "\u0001", email.ExtensionNumber), email.WebClientUrl)}</p>
            <h2 style="margin:0 0 8px;font-size:17px;color:#0b5cab;">{E(C.Step3.In(l))}</h2>
            <p style="margin:0 0 8px;">{E(C.Step3Body.In(l))}</p>
            <p style="margin:0;"><a href="{E(C.AppStoreUrl.AbsoluteUri)}" style="color:#0b5cab;">{E(C.AppStore.In(l))}</a> &nbsp;·&nbsp; <a href="{E(C.GooglePlayUrl.AbsoluteUri)}" style="color:#0b5cab;">{E(C.GooglePlay.In(l))}</a></p>
            </td></tr>
            <tr><td style="padding:16px 28px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb;">{E(C.Footer.In(l))}</td></tr>
            </table>
            </td></tr></table>
            </body>
            </html>
            """);
        return html.ToString();
    }

    private static IEnumerable<(string Label, string Value)> Facts(WelcomeEmail email)
    {
        var l = email.Language;
        yield return (C.Extension.In(l), email.ExtensionNumber);
        yield return (C.Name.In(l), email.DisplayName);
        yield return (C.Department.In(l), email.DepartmentName);
        if (!string.IsNullOrEmpty(email.Did))
        {
            yield return (C.Did.In(l), email.Did);
        }
    }

    /// <summary>The link's expiry in the PBX's time zone and language, e.g. "14 mars 2026 à 09:30 (Europe/Paris)".</summary>
    private static string Expiry(WelcomeEmail email)
    {
        var culture = CultureInfo.GetCultureInfo(email.Language == Language.English ? "en-US" : "fr-FR");
        var zone = FindZone(email.TimeZoneId);
        var local = TimeZoneInfo.ConvertTime(email.LinkExpiresAt, zone);
        return $"{local.ToString(C.DateFormat.In(email.Language), culture)} ({zone.Id})";
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    /// <summary>Encodes a sentence and turns the placeholder into a link to <paramref name="url"/>.</summary>
    private static string Linked(string sentence, Uri url) =>
        E(sentence).Replace("\u0001", $"""<a href="{E(url.AbsoluteUri)}" style="color:#0b5cab;">{E(url.AbsoluteUri)}</a>""", StringComparison.Ordinal);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
