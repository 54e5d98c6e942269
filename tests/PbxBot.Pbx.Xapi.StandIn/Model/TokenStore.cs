using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>One tenant's bearer tokens: opaque, short-lived, valid at that tenant only.</summary>
public sealed class TokenStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);

    public string Issue(DateTimeOffset expires)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        expiries[token] = expires;
        return token;
    }

    public bool IsValid(string token, DateTimeOffset now)
    {
        if (!expiries.TryGetValue(token, out var expires))
        {
            return false;
        }
        if (expires > now)
        {
            return true;
        }
        expiries.TryRemove(token, out _);
        return false;
    }

    /// <summary>The expire-tokens fault: every token issued so far stops working.</summary>
    public void ExpireAll() => expiries.Clear();
}
