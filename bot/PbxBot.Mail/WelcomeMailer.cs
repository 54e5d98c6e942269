using PbxBot.Application.Mail;

namespace PbxBot.Mail;

/// <summary>The <see cref="IWelcomeMailer"/> of the bot: composes with MimeKit, sends with the configured <see cref="IMailSender"/>.</summary>
public sealed class WelcomeMailer(WelcomeEmailComposer composer, IMailSender sender) : IWelcomeMailer
{
    public Task SendAsync(WelcomeEmail email, CancellationToken cancellationToken) =>
        sender.SendAsync(composer.Compose(email), cancellationToken);
}
