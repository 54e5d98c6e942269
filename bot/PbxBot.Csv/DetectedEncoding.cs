using System.Text;
using System.Text.Unicode;

namespace PbxBot.Csv;

/// <summary>
/// How a file's bytes are to be decoded: a byte order mark decides; otherwise bytes that are valid UTF-8 are
/// UTF-8, and anything else is Windows-1252, which is what French Excel writes by default.
/// </summary>
internal sealed record DetectedEncoding(CsvEncoding Kind, int BomLength, Encoding Text, bool BigEndian)
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>Bytes per code unit: 2 for UTF-16, else 1 (the delimiters, quotes and line breaks are ASCII in all of them).</summary>
    public int UnitWidth => Kind == CsvEncoding.Utf16 ? 2 : 1;

    /// <summary>The encoding, or null when the bytes are not text at all (a workbook, a PDF, an image…).</summary>
    public static DetectedEncoding? Of(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(CsvEncoding.Utf8WithBom, 3, new UTF8Encoding(false), false);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(CsvEncoding.Utf16, 2, new UnicodeEncoding(false, false), false);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(CsvEncoding.Utf16, 2, new UnicodeEncoding(true, false), true);
        }
        // A NUL byte never occurs in a text file of these encodings; workbooks (zip or OLE) and PDFs are full of them.
        if (bytes.Contains((byte)0) || bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("%PDF"u8))
        {
            return null;
        }
        return Utf8.IsValid(bytes)
            ? new(CsvEncoding.Utf8, 0, new UTF8Encoding(false), false)
            : new(CsvEncoding.Windows1252, 0, Windows1252, false);
    }
}
