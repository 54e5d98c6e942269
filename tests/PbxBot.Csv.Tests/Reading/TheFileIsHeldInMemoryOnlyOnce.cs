using System.Text;
using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>
/// Reading 2,000 rows keeps the file's bytes once (read in place by the CSV parser), never decoded into one string
/// nor copied per step: a 3CX export of nearly 2 Mo, mostly columns we ignore, costs less than twice its size.
/// </summary>
public sealed class TheFileIsHeldInMemoryOnlyOnce
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadingA2MoExportAllocatesLessThanTwiceTheFile(bool windows1252)
    {
        var bytes = NearlyFullExport(windows1252);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var file = TestCsv.Succeeds(TestCsv.Read(bytes));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(2_000, file.Rows.Count);
        Assert.Equal(windows1252 ? CsvEncoding.Windows1252 : CsvEncoding.Utf8, file.Encoding);
        // Decoding the file to a string alone would take twice its size; a copy per step, more.
        Assert.InRange(allocated, 0, 2L * bytes.Length);
    }

    private static byte[] NearlyFullExport(bool windows1252)
    {
        var text = new StringBuilder("Number,FirstName,LastName,EmailAddress,MobileNumber,Department,BLF\r\n");
        var padding = new string('x', 900);
        for (var i = 0; i < 2_000; i++)
        {
            text.Append(1000 + i).Append(",Hélène,Dupré,h").Append(i).Append("@dupont.example,+33612345678,Comptabilité,").Append(padding).Append("\r\n");
        }
        var bytes = windows1252 ? Encoding.Latin1.GetBytes(text.ToString()) : Encoding.UTF8.GetBytes(text.ToString());
        Assert.InRange(bytes.Length, 1_800_000, CsvLimits.DefaultMaxBytes);
        return bytes;
    }
}
