using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>
/// A delimiter typed in a value without quotes (by hand in a text editor) shifts the row's cells: every value after
/// it lands in the wrong column. Filled cells past the header's last column show it, and the file is refused at that line.
/// </summary>
public sealed class ARowWhoseCellsShiftedIsRefused
{
    [Fact]
    public void FilledCellsPastTheLastColumnAreRefusedAtTheirLine()
    {
        var error = TestCsv.Fails(TestCsv.Read("Prénom;Nom;E-mail\r\nMarie;Curie;m@x.example\r\nPierre;Curie; fils;p@x.example\r\n"), CsvErrorCode.TooManyCells);

        Assert.Equal((3, 4, 3), (error.Line, error.CellCount, error.HeaderCellCount));
        Assert.Equal("Ligne 3 : 4 cellules alors que l'en-tête en a 3 ; une valeur contient sans doute un « ; » sans guillemets : mettez-la entre guillemets ou retirez ce caractère.",
            CsvTexts.Describe(error, Language.French));
    }

    [Fact]
    public void EmptyCellsPastTheLastColumnAreHarmless()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Prénom;Nom\r\nMarie;Curie;;\r\n"));

        Assert.Equal("Curie", file.Rows[0].LastName);
    }
}
