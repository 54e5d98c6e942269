using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>A header that is not ours says which required columns are missing and which cells are not ours, so the admin can fix it.</summary>
public sealed class AnUnrecognisedHeaderNamesTheMissingAndUnknownColumns
{
    [Fact]
    public void AFileWithoutHeaderHasItsFirstRowTakenForOneAndRefused()
    {
        var error = TestCsv.Fails(TestCsv.Read("101;Marie;Curie\r\n102;Pierre;Curie\r\n"), CsvErrorCode.HeaderNotRecognised);

        Assert.Equal(1, error.Line);
        Assert.Equal([ExtensionCsvColumn.FirstName, ExtensionCsvColumn.LastName], error.MissingColumns);
        Assert.Equal(["101", "Marie", "Curie"], error.UnknownColumns);
    }

    [Fact]
    public void AMistypedTemplateHeaderIsUnknownRatherThanSilentlyDropped()
    {
        var error = TestCsv.Fails(TestCsv.Read("Numéro;Prénom;Nom;Portable perso\r\n101;Marie;Curie;0612345678\r\n"), CsvErrorCode.HeaderNotRecognised);

        Assert.Empty(error.MissingColumns);
        Assert.Equal(["Portable perso"], error.UnknownColumns);
    }

    [Fact]
    public void ALastNameIsRequired()
    {
        var error = TestCsv.Fails(TestCsv.Read("Numéro;Prénom\r\n101;Marie\r\n"), CsvErrorCode.HeaderNotRecognised);

        Assert.Equal([ExtensionCsvColumn.LastName], error.MissingColumns);
        Assert.Empty(error.UnknownColumns);
    }

    [Fact]
    public void A3CxExportWithoutNamesIsRefusedToo()
    {
        var error = TestCsv.Fails(TestCsv.Read("Number,EmailAddress,VMPIN\r\n101,m@x.example,1234\r\n"), CsvErrorCode.HeaderNotRecognised);

        Assert.Equal([ExtensionCsvColumn.FirstName, ExtensionCsvColumn.LastName], error.MissingColumns);
        Assert.Empty(error.UnknownColumns);
    }

    [Fact]
    public void TheSentenceNamesTheColumnsInTheOperatorsLanguage()
    {
        var error = TestCsv.Fails(TestCsv.Read("Numéro;Prenon;Nom\r\n101;Marie;Curie\r\n"), CsvErrorCode.HeaderNotRecognised);

        var text = CsvTexts.Describe(error);
        Assert.Contains("il manque Prénom (FirstName)", text.French, StringComparison.Ordinal);
        Assert.Contains("« Prenon »", text.French, StringComparison.Ordinal);
        Assert.Contains("First name (FirstName) missing", text.English, StringComparison.Ordinal);
        Assert.Contains("\"Prenon\"", text.English, StringComparison.Ordinal);
        Assert.Equal(text.French, CsvTexts.Describe(error, Language.French));
    }

    [Fact]
    public void TheErrorReportsOwnColumnsAreNotUnknown()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Ligne;Erreurs;Numéro;Prénom;Nom\r\n2;« 1O1 » n'est pas un numéro;101;Marie;Curie\r\n"));

        Assert.Equal(("101", "Marie"), (file.Rows[0].Number, file.Rows[0].FirstName));
    }
}
