using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>2,000 extension rows at most by default; the header, empty rows and the template's example do not count.</summary>
public sealed class MoreRowsThanTheLimitAreRefused
{
    [Fact]
    public void TwoThousandRowsAreRead()
    {
        var file = TestCsv.Succeeds(TestCsv.Read(GeneratedFiles.TemplateWithRows(2_000)));

        Assert.Equal(2_000, file.Rows.Count);
        Assert.Equal((2_001, "2999"), (file.Rows[^1].Line, file.Rows[^1].Number));
    }

    [Fact]
    public void TwoThousandAndOneAreRefusedAtTheRowOverTheLimit()
    {
        var error = TestCsv.Fails(TestCsv.Read(GeneratedFiles.TemplateWithRows(2_001)), CsvErrorCode.TooManyRows);

        Assert.Equal((2_002, 2_000L), (error.Line, error.Limit));
        Assert.Equal("Le fichier contient plus de 2\u202f000 extensions : découpez-le en plusieurs fichiers de 2\u202f000 lignes au plus.", CsvTexts.Describe(error, Language.French));
        Assert.Equal("The file holds more than 2,000 extensions: split it into files of at most 2,000 rows each.", CsvTexts.Describe(error, Language.English));
    }

    [Fact]
    public void EmptyRowsAndTheExampleDoNotCount()
    {
        var text = GeneratedFiles.TemplateHeader + "Exemple : 101;Marie;Dupont;;;;;;\r\n;;;;;;;;\r\n1000;Ada;Lovelace;;;;;;\r\n1001;Alan;Turing;;;;;;\r\n";

        var file = TestCsv.Succeeds(TestCsv.Read(text, new CsvLimits { MaxRows = 2 }));

        Assert.Equal(2, file.Rows.Count);
    }

    [Fact]
    public void ASmallerLimitIsEnforcedAndWorded()
    {
        var error = TestCsv.Fails(TestCsv.Read(GeneratedFiles.TemplateWithRows(11), new CsvLimits { MaxRows = 10 }), CsvErrorCode.TooManyRows);

        Assert.Equal(12, error.Line);
        Assert.Contains("plus de 10 extensions", CsvTexts.Describe(error, Language.French), StringComparison.Ordinal);
    }
}
