namespace PbxBot.Csv;

/// <summary>A file-level problem: its code and what the sentence needs to say where and how.</summary>
public sealed record CsvError(CsvErrorCode Code)
{
    /// <summary>1-based line in the file, when the problem is at one.</summary>
    public int? Line { get; init; }

    /// <summary>The limit that was passed: bytes for <see cref="CsvErrorCode.FileTooLarge"/>, rows for <see cref="CsvErrorCode.TooManyRows"/>.</summary>
    public long? Limit { get; init; }

    /// <summary>Required fields no header cell names.</summary>
    public IReadOnlyList<ExtensionCsvColumn> MissingColumns { get; init; } = [];

    /// <summary>Header cells, as written, that name no field of the template.</summary>
    public IReadOnlyList<string> UnknownColumns { get; init; } = [];

    /// <summary>The header cell, as written, of a <see cref="CsvErrorCode.DuplicateColumn"/>.</summary>
    public string? Column { get; init; }

    /// <summary>The earlier header cell, as written, that <see cref="Column"/> repeats (« E-mail » for "Email").</summary>
    public string? PreviousColumn { get; init; }

    /// <summary>For <see cref="CsvErrorCode.TooManyCells"/>: the cells of the record and of the header.</summary>
    public int? CellCount { get; init; }

    public int? HeaderCellCount { get; init; }

    /// <summary>The file's delimiter, when known (a sentence may tell to quote values containing it).</summary>
    public char? Delimiter { get; init; }
}
