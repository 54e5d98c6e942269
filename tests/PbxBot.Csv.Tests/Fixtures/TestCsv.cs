using System.Text;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Fixtures;

/// <summary>Reading text or bytes made in the test.</summary>
internal static class TestCsv
{
    public static ExtensionCsvReadResult Read(byte[] bytes, CsvLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return ExtensionCsvReader.Read(stream, limits);
    }

    /// <summary>UTF-8 without BOM.</summary>
    public static ExtensionCsvReadResult Read(string text, CsvLimits? limits = null) => Read(Encoding.UTF8.GetBytes(text), limits);

    public static ExtensionCsvFile Succeeds(ExtensionCsvReadResult result)
    {
        Assert.True(result.Succeeded, result.Error is null ? null : CsvTexts.Describe(result.Error, Language.English));
        return result.File;
    }

    public static CsvError Fails(ExtensionCsvReadResult result, CsvErrorCode code)
    {
        Assert.False(result.Succeeded, "the file was read");
        Assert.Equal(code, result.Error.Code);
        return result.Error;
    }

    public static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
