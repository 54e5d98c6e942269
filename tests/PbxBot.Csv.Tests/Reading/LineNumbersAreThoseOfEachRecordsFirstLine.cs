using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>A row's line is where its record starts in the file, so messages point where Notepad or a text editor shows it: after multi-line cells and blank lines too.</summary>
public sealed class LineNumbersAreThoseOfEachRecordsFirstLine
{
    [Fact]
    public void MultiLineCellsAndBlankLinesAreCounted()
    {
        var file = FixtureFiles.ReadFile("quoted-line-breaks.csv");

        Assert.Equal([2, 5, 8], file.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void EveryLineEndingCounts(string newLine)
    {
        var text = string.Join(newLine, "Prénom;Nom", "Marie;Curie", "\"Pierre", "Paul\";Curie", "", "Irène;Joliot") + newLine;

        var file = TestCsv.Succeeds(TestCsv.Read(text));

        Assert.Equal([2, 3, 6], file.Rows.Select(r => r.Line));
    }

    [Fact]
    public void EmptyRowsExcelLeavesAreSkippedButCounted()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Prénom;Nom;Mobile\r\n;;\r\n  ;  ;\r\nMarie;Curie;\r\n"));

        Assert.Equal((4, "Marie"), (Assert.Single(file.Rows).Line, file.Rows[0].FirstName));
    }
}
