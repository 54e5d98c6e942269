using System.Text.Json;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Mail;

/// <summary>
/// The payload of a <see cref="Outbox.OutboxKind.WelcomeEmail"/> outbox message: whose welcome e-mail to send.
/// It holds no secret: the set-password token is made when the mail is actually sent.
/// </summary>
public sealed record WelcomeEmailOrder
{
    public required string PbxId { get; init; }

    public required string ExtensionNumber { get; init; }

    /// <summary>Send here instead of the extension's own address (the helpdesk corrected it); null = the extension's.</summary>
    public string? AddressOverride { get; init; }

    /// <summary>Sent again on request (the seed's "Réinitialiser"), not at creation.</summary>
    public bool IsResend { get; init; }

    /// <summary>The PBX's language (<see cref="PbxSettings.DefaultLanguage"/>) when the order was made.</summary>
    public Language Language { get; init; } = Language.French;

    public string ToJson() => JsonSerializer.Serialize(this, StoreJson.Options);

    public static WelcomeEmailOrder FromJson(string json) =>
        JsonSerializer.Deserialize<WelcomeEmailOrder>(json, StoreJson.Options) ?? throw new JsonException("Empty welcome e-mail order.");
}
