using CsvHelper;
using PbxBot.Domain;

namespace PbxBot.Csv;

/// <summary>How every file PbxBot writes looks: UTF-8 with BOM (Excel then reads accents right), CRLF, quotes where needed, formulas neutralised.</summary>
internal static class CsvOutput
{
    public static CsvWriter Open(Stream output, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!HeaderLine.Candidates.Contains(delimiter, StringComparison.Ordinal))
        {
            throw new ArgumentOutOfRangeException(nameof(delimiter), delimiter, "The delimiter is ';', ',' or a tab.");
        }
        var options = CsvWriterOptions.Default with
        {
            Separator = delimiter,
            WriteByteOrderMark = true,
            NewLine = "\r\n",
            // Our own rule (FormulaGuard) instead of CsvHelper's, which would also escape +33612345678.
            Injection = CsvInjection.None,
        };
        return CsvWriter.Create(output, options, leaveOpen: true);
    }

    /// <summary>French Excel expects ';', the others ','.</summary>
    public static char DelimiterFor(Language language) => language == Language.French ? ';' : ',';

    public static void Write(CsvWriter csv, IEnumerable<string?> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell is null ? null : FormulaGuard.Neutralise(cell));
        }
        csv.EndRecord();
    }
}
