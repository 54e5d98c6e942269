using System.Security.Cryptography;
using System.Text;

namespace PbxBot.Pbx.Xapi.StandIn.Semantics;

/// <summary>Web client passwords are kept as salted hashes: a test can check one, nobody can read it back.</summary>
public static class Passwords
{
    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Convert.ToHexString(salt)}:{Convert.ToHexString(Digest(salt, password))}";
    }

    public static bool Matches(string? hash, string password)
    {
        if (hash?.Split(':') is not [var salt, var digest])
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(digest), Digest(Convert.FromHexString(salt), password));
    }

    /// <summary>A new random password, as 3CX's "regenerate" issues one.</summary>
    public static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');

    public static string RandomDigits(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10))));

    private static byte[] Digest(byte[] salt, string password) => SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);
}
