namespace PbxBot.Application.Mail;

/// <summary>Configuration section <c>Mail</c>: the welcome e-mail's link and where mails go without an SMTP server.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The bot's public address; set-password links are <c>{PublicBaseUrl}/welcome/{pbxId}/{number}?token=…</c>.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978");

    /// <summary>How long a set-password link works.</summary>
    public TimeSpan WelcomeLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Where mails are written as .eml files when no SMTP host is configured (relative to the working directory).</summary>
    public string PickupDirectory { get; set; } = Path.Combine("data", "mail-pickup");
}
