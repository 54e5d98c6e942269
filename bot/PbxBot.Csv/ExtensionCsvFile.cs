namespace PbxBot.Csv;

/// <summary>A file that was read: what it was found to be, and its extension rows in file order.</summary>
public sealed record ExtensionCsvFile
{
    public required CsvFormat Format { get; init; }

    public required CsvEncoding Encoding { get; init; }

    /// <summary><c>;</c>, <c>,</c> or a tab.</summary>
    public required char Delimiter { get; init; }

    /// <summary>1-based line of the header (after blank lines or Excel's <c>sep=</c> line, if any).</summary>
    public required int HeaderLine { get; init; }

    public required IReadOnlyList<ExtensionCsvRow> Rows { get; init; }

    /// <summary>Header cells that were not used, as written (3CX export columns PbxBot does not set, a second mobile column…).</summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>Rows of the template marked as an example in their number cell, which are not extensions to create.</summary>
    public int ExampleRowsSkipped { get; init; }
}
