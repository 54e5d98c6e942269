using System.Net.Mail;

namespace PbxBot.Domain.Rules;

/// <summary>An address the welcome e-mail can be sent to: a bare addr-spec with a dotted domain, not a display name.</summary>
internal static class EmailRules
{
    /// <summary>RFC 5321's limit on a forward path.</summary>
    private const int MaxLength = 254;

    public static bool IsWellFormed(string email)
    {
        if (email.Length > MaxLength || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }
        if (!MailAddress.TryCreate(email, out var parsed) || !string.Equals(parsed.Address, email, StringComparison.Ordinal))
        {
            return false;
        }
        var domain = parsed.Host;
        return domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.')
            && !domain.Contains("..", StringComparison.Ordinal)
            && !parsed.User.StartsWith('.') && !parsed.User.EndsWith('.');
    }
}
