namespace PbxBot.Csv;

/// <summary>
/// The header read: which format it is, in which cell each field is, and what was ignored. In the template an
/// unknown column is an error, because it is most likely a mistyped header whose values would be lost; in a 3CX
/// export it is one of the many columns PbxBot does not set, and is ignored.
/// </summary>
internal sealed class HeaderMap
{
    private readonly int[] indexes;

    private HeaderMap(CsvFormat format, int[] indexes, int cellCount, IReadOnlyList<string> ignored)
    {
        Format = format;
        this.indexes = indexes;
        CellCount = cellCount;
        Ignored = ignored;
    }

    public CsvFormat Format { get; }

    public int CellCount { get; }

    public IReadOnlyList<string> Ignored { get; }

    /// <summary>The cell of a field, or -1 when the file has no such column.</summary>
    public int IndexOf(ExtensionCsvColumn column) => indexes[(int)column];

    public static (HeaderMap? Map, CsvError? Error) Recognise(IReadOnlyList<string> cells, int line)
    {
        var names = cells.Select(HeaderName.Normalise).ToArray();
        var format = names.Any(HeaderAliases.IsThreeCxOnly) ? CsvFormat.ThreeCxExport : CsvFormat.Template;
        var indexes = Enumerable.Repeat(-1, ExtensionCsvColumns.All.Count).ToArray();
        var ranks = new int[indexes.Length];
        var ignored = new List<string>();
        var unknown = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0 || HeaderAliases.IsReportColumn(names[i]))
            {
                continue;
            }
            if (HeaderAliases.Find(names[i], format) is not var (column, rank))
            {
                (format == CsvFormat.ThreeCxExport ? ignored : unknown).Add(cells[i].Trim());
                continue;
            }
            var c = (int)column;
            if (indexes[c] < 0)
            {
                (indexes[c], ranks[c]) = (i, rank);
            }
            else if (format == CsvFormat.ThreeCxExport && rank != ranks[c])
            {
                // Two 3CX names of one field (MobileNumber and Mobile): the export's own name wins, the other is ignored.
                var loser = rank < ranks[c] ? indexes[c] : i;
                if (rank < ranks[c])
                {
                    (indexes[c], ranks[c]) = (i, rank);
                }
                ignored.Add(cells[loser].Trim());
            }
            else
            {
                return (null, new CsvError(CsvErrorCode.DuplicateColumn) { Line = line, Column = cells[i].Trim(), PreviousColumn = cells[indexes[c]].Trim() });
            }
        }
        var missing = ExtensionCsvColumns.Required.Where(column => indexes[(int)column] < 0).ToArray();
        if (missing.Length > 0 || unknown.Count > 0)
        {
            return (null, new CsvError(CsvErrorCode.HeaderNotRecognised) { Line = line, MissingColumns = missing, UnknownColumns = unknown });
        }
        return (new HeaderMap(format, indexes, cells.Count, ignored), null);
    }
}
