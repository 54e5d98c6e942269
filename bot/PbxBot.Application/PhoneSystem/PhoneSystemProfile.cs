using PbxBot.Domain;

namespace PbxBot.Application.PhoneSystem;

/// <summary>
/// What configuration says about a connected PBX, without its secrets: what the first sync writes into the PBX's
/// settings (when the store has none yet) and how its welcome e-mails are sent.
/// </summary>
public sealed record PhoneSystemProfile
{
    /// <summary>PbxBot's id of the PBX (the store's partition), e.g. <c>pbx-main</c>.</summary>
    public required string PbxId { get; init; }

    /// <summary>Where the PBX answers, e.g. https://acme.3cx.fr (also the web client users sign in to).</summary>
    public required Uri Url { get; init; }

    /// <summary>The name operators see; the PBX's FQDN when not configured.</summary>
    public string? DisplayName { get; init; }

    /// <summary>ISO 3166-1 alpha-2: drives blocked emergency numbers and phone parsing.</summary>
    public string Country { get; init; } = "FR";

    public string TimeZoneId { get; init; } = "Europe/Paris";

    /// <summary>The dial plan's range; null = derived from the PBX's extension length.</summary>
    public NumberRange? NumberRange { get; init; }

    public WelcomeEmailSender WelcomeEmail { get; init; } = WelcomeEmailSender.Pbx;
}

/// <summary>Who sends the welcome e-mail with the credentials of a new user.</summary>
public enum WelcomeEmailSender
{
    /// <summary>3CX's own e-mail (<c>Pbx.SendWelcomeEmail</c>), as the console does on save: what a 3CX admin expects.</summary>
    Pbx,

    /// <summary>PbxBot's e-mail (MailKit) with a one-time link to a page that sets the PBX user's web client password.</summary>
    PbxBot,
}
