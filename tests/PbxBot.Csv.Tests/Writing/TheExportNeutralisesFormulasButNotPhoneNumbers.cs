using System.Text;
using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Writing;

/// <summary>
/// A cell Excel would run as a formula is written with a leading <c>'</c>; a value that is plainly a number or a
/// phone number is written as it is, since without a letter it can at most compute arithmetic.
/// </summary>
public sealed class TheExportNeutralisesFormulasButNotPhoneNumbers
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)")]
    [InlineData("=1+1")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("  =1+1")]
    [InlineData("+")]
    [InlineData("-Jean")]
    [InlineData("+33 6 12 34 56 78 poste 2")]
    public void AFormulaLikeCellGetsAnApostrophe(string value) => Assert.Equal("'" + value, WrittenFirstName(value));

    [Theory]
    [InlineData("+33612345678")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("+33.6.12.34.56.78")]
    [InlineData("-5")]
    [InlineData("-1,5")]
    [InlineData("06 12 34 56 78")]
    [InlineData("Marie")]
    [InlineData("Jean-Pierre")]
    public void APlainNumberOrOrdinaryTextIsWrittenAsItIs(string value) => Assert.Equal(value, WrittenFirstName(value));

    [Fact]
    public void AnApostropheBeforeAFormulaIsDoubledSoReadingStripsOnlyOurs() =>
        Assert.Equal("''=1+1", WrittenFirstName("'=1+1"));

    [Fact]
    public void AnApostropheBeforeOrdinaryTextIsLeftAlone() => Assert.Equal("'t Hooft", WrittenFirstName("'t Hooft"));

    [Fact]
    public void TheErrorReportNeutralisesToo()
    {
        var source = new ExtensionCsvFile { Format = CsvFormat.Template, Encoding = CsvEncoding.Utf8, Delimiter = ';', HeaderLine = 1, Rows = [] };
        var row = new ExtensionCsvRow { Line = 2, FirstName = "=HYPERLINK(\"http://evil.example\",\"x\")", LastName = "Curie" };

        var text = Encoding.UTF8.GetString(TestCsv.Written(s => ExtensionCsvWriter.WriteErrorReport(s, source, [new(row, ["=bad message"])], Domain.Language.French)));

        Assert.Contains(";'=bad message;", text, StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\";", text, StringComparison.Ordinal);
    }

    /// <summary>The FirstName cell as it is in the file (unquoted).</summary>
    private static string WrittenFirstName(string value)
    {
        var bytes = TestCsv.Written(s => ExtensionCsvWriter.WriteExport(s, [new ExtensionCsvRow { FirstName = value }], ';'));
        using var reader = CsvHelper.CsvReader.Create(bytes, CsvHelper.CsvReaderOptions.Default with { Separator = ';' });
        Assert.True(reader.Read());
        return reader.GetString(1);
    }
}
