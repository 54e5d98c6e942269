using PbxBot.Application.Conversations;
using PbxBot.Csv;
using PbxBot.Domain;

namespace PbxBot.Application.Import;

/// <summary>
/// One bulk import: the file's accepted rows (in <see cref="ImportRowChunk"/>s), its refused rows (for the error
/// report), and how far the creation went. <see cref="Next"/> moves in the same atomic commit as each row's creation,
/// so a restart resumes where it stopped and never creates a row twice.
/// </summary>
public sealed record ImportJob
{
    public required string Id { get; init; }

    public required string PbxId { get; init; }

    public required string FileName { get; init; }

    public required Language Language { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who prepared it: only they confirm it, and the creation runs with their rights as they are at each step.</summary>
    public required ChannelUser RequestedBy { get; init; }

    public ImportStatus Status { get; init; } = ImportStatus.Previewed;

    /// <summary>Rows to create (accepted by the rules at the preview).</summary>
    public int Total { get; init; }

    public int ChunkSize { get; init; } = ImportJobs.ChunkSize;

    /// <summary>Rows of the file refused at the preview (with errors or duplicates), in the error report.</summary>
    public int Rejected { get; init; }

    public int Duplicates { get; init; }

    /// <summary>Index of the next row to create.</summary>
    public int Next { get; init; }

    public int Created { get; init; }

    /// <summary>Rows the rules refused at creation time (something changed since the preview).</summary>
    public IReadOnlyList<ImportRefusal> Refused { get; init; } = [];

    public ConversationReference? Conversation { get; init; }

    /// <summary>The card that shows the progress, updated in place.</summary>
    public string? CardMessageId { get; init; }

    public bool UniversalActions { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public bool IsFinished => Next >= Total;
}

public enum ImportStatus
{
    Previewed,
    Running,
    Done,
    Cancelled,
}

/// <summary>A row as it will be created. <see cref="NumberChosen"/>: its number was left empty and picked by the bot (picked again if taken since).</summary>
public sealed record ImportRow(int Line, ExtensionDraft Draft, bool NumberChosen);

public sealed record ImportRowChunk(IReadOnlyList<ImportRow> Rows);

/// <summary>A row refused at creation time, with why.</summary>
public sealed record ImportRefusal(int Line, string? Number, string Message);

/// <summary>The rows refused at the preview, as the error report needs them: the file's format and delimiter, each row with its messages.</summary>
public sealed record ImportRejects(CsvFormat Format, char Delimiter, IReadOnlyList<RejectedRow> Rows);

public sealed record RejectedRow(ExtensionCsvRow Row, IReadOnlyList<string> Messages, bool Duplicate);
