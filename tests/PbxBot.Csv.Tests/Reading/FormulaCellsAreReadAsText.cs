using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>
/// A formula in a file is only text to us: it is kept as written, for the rules to refuse as a bad name. The single
/// <c>'</c> our writer put in front of one is taken off, and no other.
/// </summary>
public sealed class FormulaCellsAreReadAsText
{
    private readonly ExtensionCsvFile file = FixtureFiles.ReadFile("formula-injection.csv");

    [Fact]
    public void AHostileFormulaIsKeptAsItsText()
    {
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"x\")", file.Rows[0].FirstName);
        Assert.Equal("+cmd|' /C calc'!A0", file.Rows[1].LastName);
        Assert.Equal("@SUM(A1)", file.Rows[3].FirstName);
    }

    [Fact]
    public void TheApostropheOurWriterAddedIsTakenOff()
    {
        Assert.Equal("=SUM(1+1)", file.Rows[2].FirstName);
        Assert.Equal("-Jean", file.Rows[2].LastName);
    }

    [Fact]
    public void AnApostropheThatIsPartOfTheNameStays() => Assert.Equal("'t Hooft", file.Rows[3].LastName);

    [Fact]
    public void APhoneNumberStartingWithPlusIsReadAsIs() => Assert.Equal("+33612345678", file.Rows[1].Mobile);
}
