using System.Text;
using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>A BOM decides; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252, which French Excel writes.</summary>
public sealed class TheEncodingIsDetected
{
    [Fact]
    public void FrenchExcelsPlainCsvIsWindows1252()
    {
        var file = FixtureFiles.ReadFile("french-excel-windows-1252.csv");

        Assert.Equal(CsvEncoding.Windows1252, file.Encoding);
        Assert.Equal(("Hélène", "Dupré", "Comptabilité"), (file.Rows[0].FirstName, file.Rows[0].LastName, file.Rows[0].Department));
        Assert.Equal("François", file.Rows[1].FirstName);
        // œ is 0x9C in Windows-1252 and a control character in Latin-1: only a real 1252 decoding gives it back.
        Assert.Equal("Cœur; Aîné", file.Rows[2].LastName);
    }

    [Fact]
    public void Utf8WithABomIsUtf8WithBom()
    {
        var file = FixtureFiles.ReadFile("template-english-utf8-bom.csv");

        Assert.Equal(CsvEncoding.Utf8WithBom, file.Encoding);
        Assert.Equal("Ada", file.Rows[0].FirstName);
    }

    [Fact]
    public void Utf8WithoutBomIsUtf8()
    {
        var file = FixtureFiles.ReadFile("template-french-utf8-no-bom.csv");

        Assert.Equal(CsvEncoding.Utf8, file.Encoding);
        Assert.Equal(("Hélène", "Dupré", "Comptabilité"), (file.Rows[0].FirstName, file.Rows[0].LastName, file.Rows[0].Department));
        Assert.Equal(("Zoé", "Garçon"), (file.Rows[1].FirstName, file.Rows[1].LastName));
    }

    [Fact]
    public void ExcelsUnicodeTextIsUtf16()
    {
        var file = FixtureFiles.ReadFile("excel-unicode-text.txt");

        Assert.Equal(CsvEncoding.Utf16, file.Encoding);
        Assert.Equal('\t', file.Delimiter);
        Assert.Equal(("101", "Hélène", "Dupré", "helene@dupont.example"), (file.Rows[0].Number, file.Rows[0].FirstName, file.Rows[0].LastName, file.Rows[0].Email));
    }

    [Fact]
    public void BigEndianUtf16IsReadToo()
    {
        var bytes = new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes("Prénom\tNom\r\nHélène\tDupré\r\n")).ToArray();

        var file = TestCsv.Succeeds(TestCsv.Read(bytes));

        Assert.Equal((CsvEncoding.Utf16, "Hélène", "Dupré"), (file.Encoding, file.Rows[0].FirstName, file.Rows[0].LastName));
    }

    [Fact]
    public void ASingleInvalidUtf8ByteLateInTheFileMakesItWindows1252()
    {
        // Excel's 1252 file whose only accent is on the last row: the whole file must be checked, not its start.
        var rows = string.Concat(Enumerable.Range(0, 500).Select(i => $"{1000 + i};Jean;Martin\r\n"));
        var bytes = Encoding.Latin1.GetBytes("Numero;Prenom;Nom\r\n" + rows + "2000;Hélène;Dupré\r\n");

        var file = TestCsv.Succeeds(TestCsv.Read(bytes));

        Assert.Equal(CsvEncoding.Windows1252, file.Encoding);
        Assert.Equal("Hélène", file.Rows[^1].FirstName);
    }
}
