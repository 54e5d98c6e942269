using PbxBot.Domain;

namespace PbxBot.Application.Downloads;

/// <summary>
/// A file the bot offers as a link on a card (Teams lets a bot attach files in a chat only through a OneDrive consent
/// dance; a link works the same in Teams, Web Chat and the Emulator). The link's id is 128 random bits and it expires
/// after an hour; the file is made when it is opened, so it is never stored and an export is as of that moment.
/// </summary>
public sealed record DownloadLink
{
    public required string Id { get; init; }

    public required string PbxId { get; init; }

    public required DownloadKind Kind { get; init; }

    public required Language Language { get; init; }

    public required string RequestedBy { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The import whose error report this is.</summary>
    public string? JobId { get; init; }

    /// <summary>For an export by a department admin: the departments they act for (null: the whole PBX).</summary>
    public IReadOnlyList<string>? Departments { get; init; }
}

public enum DownloadKind
{
    Template,
    ErrorReport,
    Export,
}

/// <summary>A file made for a link: its name, type and bytes.</summary>
public sealed record DownloadFile(string FileName, string ContentType, byte[] Content);
