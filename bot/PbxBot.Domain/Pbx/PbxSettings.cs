namespace PbxBot.Domain;

/// <summary>One 3CX V20 phone system that PbxBot administers.</summary>
public sealed record PbxSettings
{
    /// <summary>Stable identifier, e.g. <c>pbx-acme</c>; also the Cosmos partition key.</summary>
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country ("FR", "BE", "CH", "GB", "US"…): drives the blocked numbers and phone parsing.</summary>
    public required string Country { get; init; }

    /// <summary>The PBX's language: welcome e-mails and notifications that have no Teams locale use it.</summary>
    public Language DefaultLanguage { get; init; } = Language.French;

    public required DialPlan DialPlan { get; init; }

    /// <summary>Where users sign in to the 3CX web client (in welcome e-mails), e.g. https://acme.3cx.fr.</summary>
    public required Uri WebClientUrl { get; init; }

    /// <summary>IANA time zone, e.g. Europe/Paris: the default for office hours.</summary>
    public string TimeZoneId { get; init; } = "Europe/Paris";

    /// <summary>The PBX's own dial codes that an extension must not collide with (e.g. voicemail "999").</summary>
    public IReadOnlyList<string> ReservedNumbers { get; init; } = [];

    /// <summary>The Teams channel where extension requests are posted for approval; null = each admin in a personal chat.</summary>
    public ApprovalChannel? ApprovalChannel { get; init; }

    /// <summary>True for the playground's sample PBX, so that it is never mistaken for real data.</summary>
    public bool IsSample { get; init; }
}

/// <summary>A Teams channel conversation used for approval notifications.</summary>
public sealed record ApprovalChannel(string ChannelId, string ServiceUrl, string ConversationId, string? TenantId, string? Name);
