using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>An .xlsx sent instead of its CSV is told apart from a CSV with a bad header, and the admin is told how to save it as CSV.</summary>
public sealed class AWorkbookIsNotTakenForACsvFile
{
    [Fact]
    public void AnXlsxWorkbookIsNotACsvFile()
    {
        // The start of every .xlsx: a zip entry header.
        byte[] xlsx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, .. "[Content_Types].xml"u8];

        var error = TestCsv.Fails(TestCsv.Read(xlsx), CsvErrorCode.NotACsvFile);

        Assert.Contains("Enregistrer sous", CsvTexts.Describe(error, Language.French), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldXlsWorkbookIsNotACsvFile() =>
        TestCsv.Fails(TestCsv.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]), CsvErrorCode.NotACsvFile);

    [Fact]
    public void APdfIsNotACsvFile() => TestCsv.Fails(TestCsv.Read("%PDF-1.7\n1 0 obj"u8.ToArray()), CsvErrorCode.NotACsvFile);
}
