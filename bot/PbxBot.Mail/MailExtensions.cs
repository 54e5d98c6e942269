using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;
using PbxBot.Application.Mail;

namespace PbxBot.Mail;

public static class MailExtensions
{
    /// <summary>
    /// Welcome e-mails: options (<c>Smtp</c>, <c>Mail</c>), the composer, and the sender — MailKit over SMTP when
    /// <c>Smtp:Host</c> is set, otherwise .eml files in <c>Mail:PickupDirectory</c>.
    /// </summary>
    public static IHostApplicationBuilder AddWelcomeMail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SmtpOptions>()
            .BindConfiguration(SmtpOptions.Section)
            .Validate(o => MailboxAddress.TryParse(o.From, out var from) && from.Address.Contains('@', StringComparison.Ordinal), "Smtp:From must be an e-mail address.")
            .Validate(o => !o.IsConfigured || o.Port is > 0 and < 65536, "Smtp:Port must be between 1 and 65535.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Smtp:Timeout must be positive.")
            .ValidateOnStart();
        services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .Validate(o => o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "http" or "https", "Mail:PublicBaseUrl must be an absolute http(s) address.")
            .Validate(o => o.WelcomeLinkLifetime > TimeSpan.Zero, "Mail:WelcomeLinkLifetime must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WelcomeEmailComposer>();
        var useSmtp = !string.IsNullOrWhiteSpace(builder.Configuration[$"{SmtpOptions.Section}:{nameof(SmtpOptions.Host)}"]);
        if (useSmtp)
        {
            services.TryAddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            services.TryAddSingleton<IMailSender, PickupDirectoryMailSender>();
        }
        services.TryAddSingleton<IWelcomeMailer, WelcomeMailer>();
        return builder;
    }
}
