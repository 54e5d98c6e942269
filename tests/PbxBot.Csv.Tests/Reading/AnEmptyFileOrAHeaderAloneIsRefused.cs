using System.Text;
using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>Nothing to import is said as such: an empty file is not a header problem, and a header alone has no extension.</summary>
public sealed class AnEmptyFileOrAHeaderAloneIsRefused
{
    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("   \n\t\n")]
    [InlineData(";;;\r\n;;;\r\n")]
    [InlineData("   \r\n,,,\r\n")]
    public void NothingButBlanksIsAnEmptyFile(string text) => TestCsv.Fails(TestCsv.Read(text), CsvErrorCode.EmptyFile);

    [Fact]
    public void ABomAloneIsAnEmptyFile() => TestCsv.Fails(TestCsv.Read([0xEF, 0xBB, 0xBF]), CsvErrorCode.EmptyFile);

    [Fact]
    public void AHeaderAloneHasNoRows()
    {
        var error = TestCsv.Fails(TestCsv.Read(Encoding.UTF8.GetBytes(GeneratedFiles.TemplateHeader)), CsvErrorCode.NoRows);

        Assert.Equal(1, error.Line);
    }
}
