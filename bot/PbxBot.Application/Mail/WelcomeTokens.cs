using System.Buffers.Text;
using System.Security.Cryptography;
using PbxBot.Domain;

namespace PbxBot.Application.Mail;

/// <summary>
/// The secret of a one-time set-password link: 32 random bytes (base64url) handed out once, in the e-mail.
/// Only its SHA-256 hash is stored (<see cref="WelcomeCredential"/>), so the store never holds a usable link.
/// </summary>
public static class WelcomeTokens
{
    private const int TokenBytes = 32;

    public static (string Token, WelcomeCredential Credential) Issue(DateTimeOffset now, TimeSpan lifetime)
    {
        var secret = RandomNumberGenerator.GetBytes(TokenBytes);
        var token = Base64Url.EncodeToString(secret);
        return (token, new WelcomeCredential(Base64Url.EncodeToString(SHA256.HashData(secret)), now, now + lifetime));
    }

    /// <summary>Checks a presented token against the stored verifier, in constant time.</summary>
    public static WelcomeLinkState Check(WelcomeCredential? credential, string? token, DateTimeOffset now)
    {
        if (credential is null || string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return WelcomeLinkState.Invalid;
        }
        if (!Base64Url.IsValid(token, out var secretLength) || secretLength != TokenBytes
            || !Base64Url.IsValid(credential.TokenHash, out var hashLength) || hashLength != SHA256.HashSizeInBytes)
        {
            return WelcomeLinkState.Invalid;
        }
        Span<byte> secret = stackalloc byte[TokenBytes];
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        Base64Url.DecodeFromChars(token, secret);
        Base64Url.DecodeFromChars(credential.TokenHash, expected);
        var actual = SHA256.HashData(secret);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return WelcomeLinkState.Invalid;
        }
        return now < credential.ExpiresAt ? WelcomeLinkState.Valid : WelcomeLinkState.Expired;
    }
}

public enum WelcomeLinkState
{
    Valid,

    /// <summary>Unknown, already used, or replaced by a newer link.</summary>
    Invalid,

    Expired,
}
