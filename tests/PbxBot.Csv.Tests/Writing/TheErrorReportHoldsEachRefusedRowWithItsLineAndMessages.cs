using System.Text;
using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Writing;

/// <summary>
/// The report of refused rows gives each one's line and messages in front of its original cells, in the file's own
/// format and delimiter, so the admin fixes it in Excel and sends it again as it is.
/// </summary>
public sealed class TheErrorReportHoldsEachRefusedRowWithItsLineAndMessages
{
    private readonly ExtensionCsvFile source = FixtureFiles.ReadFile("french-excel-windows-1252.csv");

    [Fact]
    public void EachRowHasItsLineItsMessagesAndItsCells()
    {
        var lines = ReportLines(Language.French,
            new ExtensionCsvRowErrors(source.Rows[2], ["Le mobile est invalide.", "Le rôle est trop élevé."]),
            new ExtensionCsvRowErrors(source.Rows[0], ["« Comptabilité » n'existe pas sur ce PBX."]));

        Assert.Equal("\uFEFFLigne;Erreurs;Numéro;Prénom;Nom;E-mail;Mobile;Département;Rôle;2FA;SDA", lines[0]);
        Assert.Equal("2;« Comptabilité » n'existe pas sur ce PBX.;101;Hélène;Dupré;helene.dupre@dupont.example;06 12 34 56 78;Comptabilité;Utilisateur;non;+33180203040", lines[1]);
        Assert.Equal("4;\"Le mobile est invalide.\nLe rôle est trop élevé.\";103;Jacques;\"Cœur; Aîné\";jacques.coeur@dupont.example;+33 6 98 76 54 32;Général;Utilisateur;oui;", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void ItsHeadersAreInTheOperatorsLanguage() =>
        Assert.StartsWith("\uFEFFLine;Errors;Number;First name;Last name;", ReportLines(Language.English, new ExtensionCsvRowErrors(source.Rows[0], ["x"]))[0], StringComparison.Ordinal);

    [Fact]
    public void SentAgainItReadsAsTheSameRows()
    {
        var report = TestCsv.Written(s => ExtensionCsvWriter.WriteErrorReport(s, source, source.Rows.Select(r => new ExtensionCsvRowErrors(r, ["x"])), Language.French));

        var again = TestCsv.Succeeds(TestCsv.Read(report));

        Assert.Equal(CsvFormat.Template, again.Format);
        Assert.Equal(source.Rows.Select(r => r with { Line = 0 }), again.Rows.Select(r => r with { Line = 0 }));
    }

    [Fact]
    public void A3CxExportsReportKeeps3CxsColumns()
    {
        var export = FixtureFiles.ReadFile("3cx-v20-console-export.csv");

        var report = TestCsv.Written(s => ExtensionCsvWriter.WriteErrorReport(s, export, [new(export.Rows[1], ["Le SDA est déjà pris."])], Language.French));

        var text = Encoding.UTF8.GetString(report);
        Assert.StartsWith("\uFEFFLigne,Erreurs,Number,FirstName,LastName,EmailAddress,MobileNumber,OutboundCallerID,DID,Role,Department,Require2FA\r\n3,Le SDA est déjà pris.,101,Hélène,", text, StringComparison.Ordinal);
        var again = TestCsv.Succeeds(TestCsv.Read(report));
        Assert.Equal((CsvFormat.ThreeCxExport, export.Rows[1] with { Line = 2 }), (again.Format, again.Rows[0]));
    }

    private string[] ReportLines(Language language, params ExtensionCsvRowErrors[] rejected)
    {
        var bytes = TestCsv.Written(s => ExtensionCsvWriter.WriteErrorReport(s, source, rejected, language));
        return Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
