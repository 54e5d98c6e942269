namespace PbxBot.Domain;

/// <summary>Why an extension number would make a blocked number undialable, or be undialable itself.</summary>
public sealed record NumberConflict(string Number, BlockedNumber Blocked, ConflictKind Kind)
{
    /// <summary>
    /// The dialling rule: an extension may not equal a blocked number, start with one (the phone would dial the
    /// emergency number before the last digits), or be its beginning (the blocked number could no longer be dialled).
    /// </summary>
    public static ConflictKind? Between(string extension, string blocked)
    {
        if (extension.Length == blocked.Length)
        {
            return string.Equals(extension, blocked, StringComparison.Ordinal) ? ConflictKind.Equal : null;
        }
        if (extension.Length > blocked.Length)
        {
            return extension.StartsWith(blocked, StringComparison.Ordinal) ? ConflictKind.StartsWith : null;
        }
        return blocked.StartsWith(extension, StringComparison.Ordinal) ? ConflictKind.IsPrefixOf : null;
    }

    /// <summary>The first conflict with <paramref name="candidates"/>, an exact match winning over a prefix one.</summary>
    public static NumberConflict? Find(string extension, IEnumerable<BlockedNumber> candidates)
    {
        NumberConflict? prefix = null;
        foreach (var blocked in candidates)
        {
            switch (Between(extension, blocked.Number))
            {
                case ConflictKind.Equal:
                    return new NumberConflict(extension, blocked, ConflictKind.Equal);
                case { } kind when prefix is null:
                    prefix = new NumberConflict(extension, blocked, kind);
                    break;
            }
        }
        return prefix;
    }
}

public enum ConflictKind
{
    /// <summary>The extension is the blocked number.</summary>
    Equal,

    /// <summary>The extension starts with the blocked number (150 and the SAMU's 15).</summary>
    StartsWith,

    /// <summary>The extension is the beginning of the blocked number (116 and 116000).</summary>
    IsPrefixOf,
}
