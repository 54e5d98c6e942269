using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>RFC 4180 quoting as Excel writes it: a quoted cell may hold the delimiter, doubled quotes and line breaks.</summary>
public sealed class QuotedFieldsKeepDelimitersQuotesAndLineBreaks
{
    private readonly ExtensionCsvFile file = FixtureFiles.ReadFile("quoted-line-breaks.csv");

    [Fact]
    public void ALineBreakStaysInTheCell() => Assert.Equal("Anne\r\nMarie", file.Rows[0].FirstName);

    [Fact]
    public void TheDelimiterStaysInTheCell() => Assert.Equal("Dupont; fille", file.Rows[0].LastName);

    [Fact]
    public void DoubledQuotesAreOneQuote() => Assert.Equal("Jean \"Jojo\"", file.Rows[1].FirstName);

    [Fact]
    public void ACellOfSeveralLinesIsOneValue() => Assert.Equal("Service\r\nclient\r\nNord", file.Rows[1].Department);

    [Fact]
    public void AStrayQuoteInsideAnUnquotedCellIsKeptAsText()
    {
        var stray = TestCsv.Succeeds(TestCsv.Read("Prénom;Nom\r\nJean \"Jojo\";Martin\r\n"));

        Assert.Equal("Jean \"Jojo\"", stray.Rows[0].FirstName);
    }
}
