namespace PbxBot.Application.Mail;

/// <summary>
/// Composes and sends a welcome e-mail (MailKit over SMTP, or an .eml file in the pickup folder). Throws
/// <see cref="Outbox.PermanentDeliveryException"/> when the address is refused for good (SMTP 5xx, invalid
/// address); any other exception is a transient failure, retried by the outbox.
/// </summary>
public interface IWelcomeMailer
{
    Task SendAsync(WelcomeEmail email, CancellationToken cancellationToken);
}
