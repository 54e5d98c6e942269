using PbxBot.Csv.Tests.Fixtures;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>
/// The 3CX V20 console's extension file is read as it is: its names for our fields, Role unwrapped from its XML,
/// OutboundCallerID as the DID, and its many other columns ignored.
/// </summary>
public sealed class TheThreeCxConsoleExportIsRead
{
    private readonly ExtensionCsvFile file = FixtureFiles.ReadFile("3cx-v20-console-export.csv");

    [Fact]
    public void ItIsRecognisedAsA3CxExport()
    {
        Assert.Equal((CsvFormat.ThreeCxExport, CsvEncoding.Utf8, ','), (file.Format, file.Encoding, file.Delimiter));
        Assert.Equal(3, file.Rows.Count);
    }

    [Fact]
    public void ItsColumnsGiveOurFields()
    {
        Assert.Equal(new ExtensionCsvRow
        {
            Line = 3, Number = "101", FirstName = "Hélène", LastName = "Dupré", Email = "helene.dupre@dupont.example",
            Mobile = "+33612345678", Department = "Comptabilité", Role = "users", Did = "+33180203040",
        }, file.Rows[1]);
    }

    [Fact]
    public void TheRoleIsTheNameInside3CxsRoleElement() =>
        Assert.Equal(["system_owners", "users", "managers"], file.Rows.Select(r => r.Role));

    [Fact]
    public void TheDidListColumnIsNotTheCallerId()
    {
        // DID holds "33180203040:*33180203041", the numbers routed to the user; OutboundCallerID is the one we mean.
        Assert.Equal([null, "+33180203040", null], file.Rows.Select(r => r.Did));
        Assert.Contains("DID", file.IgnoredColumns);
    }

    [Fact]
    public void ColumnsPbxBotDoesNotSetAreIgnoredNotErrors()
    {
        Assert.Contains("VMPIN", file.IgnoredColumns);
        Assert.Contains("BLF", file.IgnoredColumns);
        Assert.Contains("MAC", file.IgnoredColumns);
        Assert.Equal(54 - 8, file.IgnoredColumns.Count);
    }

    [Fact]
    public void XapiNamesAndTheExportsOwnNamesBothWork()
    {
        // Pbx.User's property names (Mobile, Require2FA) as a script exporting the xAPI would write them.
        var xapi = TestCsv.Succeeds(TestCsv.Read("Number,FirstName,LastName,EmailAddress,Mobile,OutboundCallerID,Require2FA,Department,Role\r\n"
            + "105,Ada,Lovelace,ada@x.example,+33612345678,+33180203040,true,Support,group_admins\r\n"));

        Assert.Equal(CsvFormat.ThreeCxExport, xapi.Format);
        Assert.Equal(("+33612345678", "true", "group_admins", "+33180203040"), (xapi.Rows[0].Mobile, xapi.Rows[0].Require2FA, xapi.Rows[0].Role, xapi.Rows[0].Did));
    }

    [Fact]
    public void WhenAFieldHasTwo3CxNamesTheExportsOwnWins()
    {
        var both = TestCsv.Succeeds(TestCsv.Read("FirstName,LastName,Mobile,MobileNumber,Enable2FA,Require2FA\r\nAda,Lovelace,0600000000,+33612345678,false,true\r\n"));

        Assert.Equal(("+33612345678", "true"), (both.Rows[0].Mobile, both.Rows[0].Require2FA));
        Assert.Equal(["Mobile", "Enable2FA"], both.IgnoredColumns);
    }

    [Fact]
    public void ARoleCellThatIsNotTheElementIsKeptAsWritten()
    {
        var plain = TestCsv.Succeeds(TestCsv.Read("FirstName,LastName,EmailAddress,Role\r\nAda,Lovelace,,managers\r\nAlan,Turing,,\"<role name=\"\"users\"\"/><extra/>\"\r\n"));

        Assert.Equal(["managers", "<role name=\"users\"/><extra/>"], plain.Rows.Select(r => r.Role));
    }
}
