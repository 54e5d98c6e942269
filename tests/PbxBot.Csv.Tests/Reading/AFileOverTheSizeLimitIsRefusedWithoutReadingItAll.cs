using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>2 Mo by default: a larger file is refused from its length, or after one byte more than the limit when its length is unknown.</summary>
public sealed class AFileOverTheSizeLimitIsRefusedWithoutReadingItAll
{
    [Fact]
    public void AFileOfExactly2MoIsRead()
    {
        var file = TestCsv.Succeeds(TestCsv.Read(GeneratedFiles.TemplateOfSize(CsvLimits.DefaultMaxBytes)));

        Assert.Equal("Marie", Assert.Single(file.Rows).FirstName);
    }

    [Fact]
    public void OneByteOver2MoIsRefusedWithTheLimitInTheSentence()
    {
        var error = TestCsv.Fails(TestCsv.Read(GeneratedFiles.TemplateOfSize(CsvLimits.DefaultMaxBytes + 1)), CsvErrorCode.FileTooLarge);

        Assert.Equal(CsvLimits.DefaultMaxBytes, error.Limit);
        Assert.Equal("Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers plus petits.", CsvTexts.Describe(error, Language.French));
        Assert.Equal("The file is larger than 2 MB: split it into several smaller files.", CsvTexts.Describe(error, Language.English));
    }

    [Fact]
    public void AStreamOfUnknownLengthIsReadNoFurtherThanTheLimitPlusOneByte()
    {
        using var upload = new NonSeekableStream(new MemoryStream(GeneratedFiles.TemplateOfSize(3 * 1024 * 1024)));

        TestCsv.Fails(ExtensionCsvReader.Read(upload), CsvErrorCode.FileTooLarge);

        Assert.InRange(upload.BytesRead, CsvLimits.DefaultMaxBytes + 1, CsvLimits.DefaultMaxBytes + 1);
    }

    [Fact]
    public async Task ReadingAsynchronouslyStopsAtTheSameByte()
    {
        using var upload = new NonSeekableStream(new MemoryStream(GeneratedFiles.TemplateOfSize(3 * 1024 * 1024)));

        TestCsv.Fails(await ExtensionCsvReader.ReadAsync(upload, cancellationToken: TestContext.Current.CancellationToken), CsvErrorCode.FileTooLarge);

        Assert.Equal(CsvLimits.DefaultMaxBytes + 1, upload.BytesRead);
    }

    [Fact]
    public void ASeekableStreamTooLongIsRefusedBeforeAnyByteIsRead()
    {
        using var upload = new CountingSeekableStream(GeneratedFiles.TemplateOfSize(CsvLimits.DefaultMaxBytes + 10));

        TestCsv.Fails(ExtensionCsvReader.Read(upload), CsvErrorCode.FileTooLarge);

        Assert.Equal(0, upload.BytesRead);
    }

    [Fact]
    public async Task AStreamOfUnknownLengthUnderTheLimitIsReadWhole()
    {
        using var upload = new NonSeekableStream(new MemoryStream(GeneratedFiles.TemplateWithRows(2_000)));

        var file = TestCsv.Succeeds(await ExtensionCsvReader.ReadAsync(upload, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(2_000, file.Rows.Count);
    }

    [Fact]
    public void ASmallerLimitIsWorded()
    {
        var error = TestCsv.Fails(TestCsv.Read(GeneratedFiles.TemplateOfSize(2_000), new CsvLimits { MaxBytes = 1_536 }), CsvErrorCode.FileTooLarge);

        Assert.StartsWith("Le fichier dépasse 1,5 Ko", CsvTexts.Describe(error, Language.French), StringComparison.Ordinal);
        Assert.StartsWith("The file is larger than 1.5 KB", CsvTexts.Describe(error, Language.English), StringComparison.Ordinal);
    }

    private sealed class CountingSeekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            BytesRead += read;
            return read;
        }
    }
}
