using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>Cells are raw text with the spaces around them removed; an empty or blank cell, or a column the file lacks, is null.</summary>
public sealed class CellsAreTrimmedAndEmptyCellsAreNull
{
    [Fact]
    public void SpacesAroundAValueAreRemovedInsideAndOutsideQuotes()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Prénom;Nom;Département\r\n  Marie \t; \" Curie \" ;\u00a0Support\u00a0\r\n"));

        Assert.Equal(("Marie", "Curie", "Support"), (file.Rows[0].FirstName, file.Rows[0].LastName, file.Rows[0].Department));
    }

    [Fact]
    public void EmptyAndBlankCellsAreNull()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Numéro;Prénom;Nom;Mobile;SDA\r\n;Marie;Curie;   ;\"\"\r\n"));

        Assert.Equal(new ExtensionCsvRow { Line = 2, FirstName = "Marie", LastName = "Curie" }, file.Rows[0]);
    }

    [Fact]
    public void AShortRowHasNullsForItsMissingCells()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Prénom;Nom;E-mail;Mobile\r\nMarie;Curie\r\n"));

        Assert.Null(file.Rows[0].Email);
        Assert.Null(file.Rows[0].Mobile);
    }

    [Fact]
    public void ValuesAreNotValidated()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Numéro;Prénom;Nom;E-mail;Rôle;2FA\r\n1O1;M;C;pas une adresse;Chef suprême;peut-être\r\n"));

        Assert.Equal(("1O1", "pas une adresse", "Chef suprême", "peut-être"), (file.Rows[0].Number, file.Rows[0].Email, file.Rows[0].Role, file.Rows[0].Require2FA));
    }
}
