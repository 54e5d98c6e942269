using PbxBot.Domain;

namespace PbxBot.Application.Mail;

/// <summary>
/// Everything a welcome e-mail says, ready to be composed: the transport-free model that
/// <see cref="IWelcomeMailer"/> turns into a MIME message.
/// </summary>
public sealed record WelcomeEmail
{
    /// <summary>
    /// The same for every attempt of one outbox message, so that a duplicate delivery (after a crash between
    /// "sent" and "recorded") carries the same Message-Id and receiving systems can de-duplicate it.
    /// </summary>
    public required string MessageKey { get; init; }

    public required Language Language { get; init; }

    public required string ToAddress { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string PbxName { get; init; }

    public required string ExtensionNumber { get; init; }

    public required string DepartmentName { get; init; }

    /// <summary>The DID ("SDA"), E.164, when the extension has one.</summary>
    public string? Did { get; init; }

    public required Uri WebClientUrl { get; init; }

    /// <summary>The one-time set-password link, token included.</summary>
    public required Uri SetPasswordLink { get; init; }

    public required DateTimeOffset LinkExpiresAt { get; init; }

    /// <summary>IANA time zone in which dates are shown (the PBX's).</summary>
    public string TimeZoneId { get; init; } = "Europe/Paris";

    public bool IsResend { get; init; }

    public string DisplayName => $"{FirstName} {LastName}".Trim();
}
