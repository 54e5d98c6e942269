using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PbxBot.Host.Welcome;

/// <summary>
/// Stores a chosen 3CX web client password as a salted PBKDF2-HMAC-SHA256 hash
/// (<c>pbkdf2-sha256${iterations}${salt}${hash}</c>, base64url), never the password itself.
/// </summary>
public static class WebClientPasswords
{
    public const int MinLength = 12;

    /// <summary>Bounds the work one request can cause (PBKDF2 cost grows with the input).</summary>
    public const int MaxLength = 128;

    /// <summary>OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023).</summary>
    private const int Iterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Scheme}${Iterations}${Base64Url.EncodeToString(salt)}${Base64Url.EncodeToString(hash)}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out var iterations) || iterations < 1)
        {
            return false;
        }
        var salt = Base64Url.DecodeFromChars(parts[2]);
        var expected = Base64Url.DecodeFromChars(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
