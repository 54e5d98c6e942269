using System.Text;
using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Writing;

/// <summary>The export is laid out as the 3CX V20 console's own file, so the console can import it: its columns, its role element, UTF-8 with BOM.</summary>
public sealed class TheExportHasThe3CxV20Columns
{
    private static readonly ExtensionCsvRow Row = new()
    {
        Number = "101", FirstName = "Hélène", LastName = "Dupré", Email = "h@dupont.example", Mobile = "+33612345678",
        Department = "Comptabilité", Role = "users", Require2FA = "0", Did = "+33180203040",
    };

    [Fact]
    public void ItIsUtf8WithBomAndCrlf()
    {
        var bytes = TestCsv.Written(s => ExtensionCsvWriter.WriteExport(s, [Row]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.EndsWith("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void ItsHeaderIs3CxsOrderThenRequire2FA()
    {
        var lines = Lines(TestCsv.Written(s => ExtensionCsvWriter.WriteExport(s, [Row])));

        Assert.Equal("Number,FirstName,LastName,EmailAddress,MobileNumber,OutboundCallerID,DID,Role,Department,Require2FA", lines[0]);
        Assert.Equal("101,Hélène,Dupré,h@dupont.example,+33612345678,+33180203040,+33180203040,\"<role name=\"\"users\"\" />\",Comptabilité,0", lines[1]);
    }

    [Fact]
    public void TheDelimiterIsTheOneAskedFor()
    {
        var lines = Lines(TestCsv.Written(s => ExtensionCsvWriter.WriteExport(s, [Row], ';')));

        Assert.StartsWith("Number;FirstName;LastName;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";\"<role name=\"\"users\"\" />\";", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheDelimitersExcelUsesAreAccepted() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtensionCsvWriter.WriteExport(new MemoryStream(), [Row], '|'));

    private static string[] Lines(byte[] bytes) => Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
}
