using MimeKit;

namespace PbxBot.Mail;

/// <summary>
/// Hands a composed message to the outside world: an SMTP server, or the pickup folder. Throws
/// <see cref="Application.Outbox.PermanentDeliveryException"/> when the message is refused for good.
/// </summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
