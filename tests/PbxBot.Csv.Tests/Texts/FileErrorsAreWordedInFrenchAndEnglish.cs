using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Texts;

/// <summary>Every file-level error has a sentence in both languages that says what to do; those with a limit or a line say it.</summary>
public sealed class FileErrorsAreWordedInFrenchAndEnglish
{
    public static TheoryData<CsvErrorCode> Codes => new(Enum.GetValues<CsvErrorCode>());

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeHasASentenceInEachLanguage(CsvErrorCode code)
    {
        var text = CsvTexts.Describe(new CsvError(code) { Line = 7, Limit = 10, Column = "Email", PreviousColumn = "E-mail", CellCount = 4, HeaderCellCount = 3, Delimiter = ';' });

        Assert.False(string.IsNullOrWhiteSpace(text.French));
        Assert.False(string.IsNullOrWhiteSpace(text.English));
        Assert.NotEqual(text.French, text.English);
        Assert.DoesNotContain("{", text.French, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text.English, StringComparison.Ordinal);
        Assert.EndsWith(".", text.French, StringComparison.Ordinal);
        Assert.EndsWith(".", text.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CsvErrorCode.UnterminatedQuote)]
    [InlineData(CsvErrorCode.TooManyCells)]
    [InlineData(CsvErrorCode.HeaderNotRecognised)]
    [InlineData(CsvErrorCode.DuplicateColumn)]
    public void ThoseAtALineNameIt(CsvErrorCode code)
    {
        var text = CsvTexts.Describe(new CsvError(code) { Line = 1_234, Delimiter = ',' });

        Assert.Contains("1\u202f234", text.French, StringComparison.Ordinal);
        Assert.Contains("1,234", text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ATabIsNamedAsSuch() =>
        Assert.Contains("une tabulation", CsvTexts.Describe(new CsvError(CsvErrorCode.TooManyCells) { Line = 2, Delimiter = '\t' }, Language.French), StringComparison.Ordinal);

    [Theory]
    [InlineData(2L * 1024 * 1024, "2 Mo", "2 MB")]
    [InlineData(1536L * 1024, "1,5 Mo", "1.5 MB")]
    [InlineData(500L * 1024, "500 Ko", "500 KB")]
    [InlineData(10L, "10 octets", "10 bytes")]
    public void SizesAreWordedAsAdminsReadThem(long bytes, string french, string english)
    {
        Assert.Equal(french, CsvTexts.Size(bytes, Language.French));
        Assert.Equal(english, CsvTexts.Size(bytes, Language.English));
    }
}
