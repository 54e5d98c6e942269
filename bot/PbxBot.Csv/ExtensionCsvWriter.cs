using System.Globalization;
using PbxBot.Domain;

namespace PbxBot.Csv;

/// <summary>
/// Writes the files an operator downloads: an export of extensions in 3CX's format, the empty template, and the
/// report of refused rows. All are UTF-8 with BOM, and every cell that Excel would run as a formula is neutralised.
/// </summary>
/// <example>
/// <code>
/// ExtensionCsvWriter.WriteTemplate(stream, Language.French);                       // « Numéro;Prénom;Nom;… »
/// ExtensionCsvWriter.WriteExport(stream, extensions.Select(e => ExtensionCsvRow.From(e, names[e.Department])));
/// </code>
/// </example>
public static class ExtensionCsvWriter
{
    /// <summary>
    /// The 3CX V20 export's columns, in the order of 3CX's import template, then Require2FA (a property of 3CX's User,
    /// not in that template). The DID goes both to OutboundCallerID and to DID, as the wizard assigns it.
    /// </summary>
    internal static readonly IReadOnlyList<string> ThreeCxHeader =
        ["Number", "FirstName", "LastName", "EmailAddress", "MobileNumber", "OutboundCallerID", "DID", "Role", "Department", "Require2FA"];

    /// <summary>Extensions in 3CX's export format, so the file opens in the 3CX console and comes back through <see cref="ExtensionCsvReader"/> as the same rows.</summary>
    public static void WriteExport(Stream output, IEnumerable<ExtensionCsvRow> extensions, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(extensions);
        using var csv = CsvOutput.Open(output, delimiter);
        CsvOutput.Write(csv, ThreeCxHeader);
        foreach (var row in extensions)
        {
            CsvOutput.Write(csv, ThreeCxCells(row));
        }
    }

    /// <summary>
    /// The template to fill in: headers in <paramref name="language"/>, then one example row whose number cell says
    /// « Exemple : 101 » (the reader skips it). <c>;</c> for French Excel and <c>,</c> for English unless asked otherwise.
    /// </summary>
    public static void WriteTemplate(Stream output, Language language, char? delimiter = null)
    {
        using var csv = CsvOutput.Open(output, delimiter ?? CsvOutput.DelimiterFor(language));
        CsvOutput.Write(csv, TemplateHeader(language));
        CsvOutput.Write(csv, TemplateCells(TemplateExample.Row(language)));
    }

    /// <summary>
    /// The refused rows, in file order, each with its line and its messages (one per line in the cell) in front of
    /// its cells, in the format and with the delimiter of the file they came from. Once corrected it can be sent
    /// again as it is: the reader skips the line and error columns.
    /// </summary>
    public static void WriteErrorReport(Stream output, ExtensionCsvFile source, IEnumerable<ExtensionCsvRowErrors> rejectedRows, Language language)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rejectedRows);
        var threeCx = source.Format == CsvFormat.ThreeCxExport;
        using var csv = CsvOutput.Open(output, source.Delimiter);
        CsvOutput.Write(csv, [CsvTexts.LineColumn.In(language), CsvTexts.ErrorsColumn.In(language), .. threeCx ? ThreeCxHeader : TemplateHeader(language)]);
        foreach (var rejected in rejectedRows.OrderBy(r => r.Row.Line))
        {
            string line = rejected.Row.Line.ToString(CultureInfo.InvariantCulture);
            CsvOutput.Write(csv, [line, string.Join('\n', rejected.Messages), .. threeCx ? ThreeCxCells(rejected.Row) : TemplateCells(rejected.Row)]);
        }
    }

    private static string[] TemplateHeader(Language language) => ExtensionCsvColumns.All.Select(c => c.TemplateHeader(language)).ToArray();

    private static string?[] TemplateCells(ExtensionCsvRow row) => ExtensionCsvColumns.All.Select(c => row[c]).ToArray();

    private static string?[] ThreeCxCells(ExtensionCsvRow row) =>
        [row.Number, row.FirstName, row.LastName, row.Email, row.Mobile, row.Did, row.Did, ThreeCxRole.Wrap(row.Role), row.Department, row.Require2FA];
}
