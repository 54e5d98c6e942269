namespace PbxBot.Mail;

/// <summary>
/// Configuration section <c>Smtp</c>. Without a <see cref="Host"/> (the default) no mail server is used: mails are
/// written to the pickup folder (<c>Mail:PickupDirectory</c>) so that the bot runs anywhere.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    /// <summary>587 is the submission port (STARTTLS); 465 is implicit TLS; 25 relays without authentication.</summary>
    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Optional: authenticate only when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "pbxbot@localhost";

    public string FromName { get; set; } = "PbxBot";

    /// <summary>Per SMTP command; keep it well below the outbox lease so that a hung server ends the attempt first.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the connection to the SMTP server is secured (MailKit's SecureSocketOptions).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on a trusted network (or a local test server).</summary>
    None,

    /// <summary>Connect in plain text, then require STARTTLS (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on port 465, STARTTLS when the server offers it elsewhere.</summary>
    Auto,
}
