using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>A quote never closed swallows the rest of the file: the whole file is refused, naming the line where the quote opens.</summary>
public sealed class AnUnterminatedQuoteIsReportedAtItsLine
{
    [Fact]
    public void TheFixturesOpenQuoteIsOnLine3()
    {
        var error = TestCsv.Fails(FixtureFiles.Read("unterminated-quote.csv"), CsvErrorCode.UnterminatedQuote);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("Ligne 3 : un guillemet", CsvTexts.Describe(error).French, StringComparison.Ordinal);
        Assert.StartsWith("Line 3: a quote", CsvTexts.Describe(error).English, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLineIsRightAfterAMultiLineCell()
    {
        var error = TestCsv.Fails(TestCsv.Read("Prénom;Nom\r\n\"Anne\r\nMarie\";Curie\r\nPierre;\"Curie\r\nIrène;Joliot\r\n"), CsvErrorCode.UnterminatedQuote);

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void AnOpenQuoteInTheHeaderIsLine1() =>
        Assert.Equal(1, TestCsv.Fails(TestCsv.Read("\"Prénom;Nom\r\nMarie;Curie\r\n"), CsvErrorCode.UnterminatedQuote).Line);

    [Fact]
    public void AnOpenQuoteInTheLastCellIsCaughtToo() =>
        Assert.Equal(2, TestCsv.Fails(TestCsv.Read("Prénom;Nom\r\nMarie;\"Curie"), CsvErrorCode.UnterminatedQuote).Line);
}
