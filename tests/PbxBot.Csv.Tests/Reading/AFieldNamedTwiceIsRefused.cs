using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>Two template columns for one field would leave us guessing which value is meant: both are named back to the admin.</summary>
public sealed class AFieldNamedTwiceIsRefused
{
    [Fact]
    public void TwoNamesOfTheSameFieldAreADuplicate()
    {
        var error = TestCsv.Fails(TestCsv.Read("Prénom;Nom;E-mail;Email\r\nMarie;Curie;a@x.example;b@x.example\r\n"), CsvErrorCode.DuplicateColumn);

        Assert.Equal((1, "Email", "E-mail"), (error.Line, error.Column, error.PreviousColumn));
        Assert.Contains("« E-mail » et « Email »", CsvTexts.Describe(error).French, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameNameTwiceInA3CxFileIsADuplicateToo() =>
        TestCsv.Fails(TestCsv.Read("FirstName,LastName,EmailAddress,EmailAddress\r\nAda,Lovelace,a@x.example,b@x.example\r\n"), CsvErrorCode.DuplicateColumn);
}
