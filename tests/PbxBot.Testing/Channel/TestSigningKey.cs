using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace PbxBot.Testing.Channel;

/// <summary>An RSA signing key as the Bot Framework publishes them: a key id, and the channels it is endorsed for.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA rsa;

    private TestSigningKey(string keyId, IReadOnlyList<string> endorsements)
    {
        rsa = RSA.Create(2048);
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    /// <summary>A new key, endorsed for <paramref name="endorsements"/> (e.g. "msteams", "emulator").</summary>
    public static TestSigningKey Create(params string[] endorsements) => new($"test-key-{Guid.NewGuid():N}", endorsements);

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public key's DER bytes: what an attacker would use as an HMAC secret in a key-confusion attack.</summary>
    public byte[] PublicKeyBytes => rsa.ExportSubjectPublicKeyInfo();

    /// <summary>The JWKS entry: public parameters only, plus <c>endorsements</c>.</summary>
    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var endorsements = new JsonArray();
        foreach (var channel in Endorsements)
        {
            endorsements.Add(channel);
        }
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = endorsements,
        };
    }

    public void Dispose() => rsa.Dispose();
}
