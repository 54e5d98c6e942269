using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>The header decides between ';', ',' and tab; Excel's « sep=; » first line decides before it.</summary>
public sealed class TheDelimiterIsDetectedFromTheHeaderLine
{
    [Theory]
    [InlineData("french-excel-windows-1252.csv", ';')]
    [InlineData("template-french-utf8-no-bom.csv", ';')]
    [InlineData("3cx-v20-console-export.csv", ',')]
    [InlineData("template-english-utf8-bom.csv", ',')]
    [InlineData("excel-unicode-text.txt", '\t')]
    public void EachFixtureHasItsDelimiter(string fixture, char delimiter) =>
        Assert.Equal(delimiter, FixtureFiles.ReadFile(fixture).Delimiter);

    [Fact]
    public void CommasInsideTheRowsDoNotOutvoteTheHeadersSemicolons()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Prénom;Nom\r\n\"Dupont, Marie\";Curie, Marie, Anne\r\n"));

        Assert.Equal(';', file.Delimiter);
        Assert.Equal(("Dupont, Marie", "Curie, Marie, Anne"), (file.Rows[0].FirstName, file.Rows[0].LastName));
    }

    [Fact]
    public void DelimitersInsideAQuotedHeaderCellDoNotCount()
    {
        // A 3CX file, whose unknown columns are ignored: the quoted one holds three commas against two semicolons.
        var file = TestCsv.Succeeds(TestCsv.Read("\"FirstName\";\"Notes, remarks, misc, other\";\"LastName\";EmailAddress\r\nMarie;x;Curie;\r\n"));

        Assert.Equal(';', file.Delimiter);
        Assert.Equal(("Marie", "Curie"), (file.Rows[0].FirstName, file.Rows[0].LastName));
    }

    [Fact]
    public void ExcelsSepLineSetsTheDelimiterAndIsNotTheHeader()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("sep=,\r\nPrénom,Nom\r\nMarie,Curie\r\n"));

        Assert.Equal(',', file.Delimiter);
        Assert.Equal(2, file.HeaderLine);
        Assert.Equal((3, "Marie"), (file.Rows[0].Line, file.Rows[0].FirstName));
    }

    [Fact]
    public void BlankLinesBeforeTheHeaderAreSkipped()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("\r\n;;\r\nPrénom;Nom\r\nMarie;Curie\r\n"));

        Assert.Equal((3, 4), (file.HeaderLine, file.Rows[0].Line));
    }
}
