namespace PbxBot.Application.PhoneSystem;

/// <summary>The PBX's own facts (3CX system parameters).</summary>
/// <param name="ExtensionLength">Digits of an extension number (3CX "ENL").</param>
/// <param name="Language">The PBX's language code, e.g. "fr" or "en", when known.</param>
public sealed record PhoneSystemInfo(string? Fqdn, string? Version, int? ExtensionLength, string? Language);
