using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Writing;

/// <summary>What the export writes, the reader reads back unchanged: phone numbers with +, names with the delimiter, quotes, line breaks, formulas.</summary>
public sealed class ExportThenImportGivesBackTheSameRows
{
    private static readonly ExtensionCsvRow[] Extensions =
    [
        new() { Number = "101", FirstName = "Hélène", LastName = "Dupré", Email = "helene.dupre@dupont.example", Mobile = "+33612345678", Department = "Comptabilité", Role = "users", Require2FA = "0", Did = "+33180203040" },
        new() { Number = "102", FirstName = "Anne; Marie", LastName = "Dupont, fille", Mobile = "+33 6 12 34 56 78", Department = "Support", Role = "managers", Require2FA = "1" },
        new() { Number = "103", FirstName = "Jean \"Jojo\"", LastName = "Ligne 1\r\nLigne 2", Mobile = "-5", Department = "Service\nclient" },
        new() { Number = "104", FirstName = "=HYPERLINK(\"http://evil.example\",\"x\")", LastName = "+cmd|' /C calc'!A0", Email = "@SUM(A1)", Department = "-Ventes", Role = "<role name=\"x\" />" },
        new() { Number = "105", FirstName = "'=déjà neutralisé", LastName = "'t Hooft", Role = "Utilisateur & \"co\"" },
        new() { Number = "106", FirstName = "\ttab", LastName = "\rcr" },
    ];

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public void EveryRowComesBackAsItWasWritten(char delimiter)
    {
        var exported = TestCsv.Written(s => ExtensionCsvWriter.WriteExport(s, Extensions, delimiter));

        var file = TestCsv.Succeeds(TestCsv.Read(exported));

        Assert.Equal((CsvFormat.ThreeCxExport, CsvEncoding.Utf8WithBom, delimiter), (file.Format, file.Encoding, file.Delimiter));
        Assert.Equal(Extensions, file.Rows.Select(r => r with { Line = 0 }));
    }

    [Fact]
    public void LinesAfterMultiLineCellsAreRight()
    {
        var file = TestCsv.Succeeds(TestCsv.Read(TestCsv.Written(s => ExtensionCsvWriter.WriteExport(s, Extensions))));

        // 103 spans lines 4 to 6 (a CRLF in its last name, an LF in its department); every other row is one line.
        Assert.Equal([2, 3, 4, 7, 8, 9], file.Rows.Select(r => r.Line));
    }

    [Fact]
    public void ASavedExtensionIsExportedWithItsDepartmentsNameAnd3CxsValues()
    {
        var extension = new Extension
        {
            Number = "105", FirstName = "Ada", LastName = "Lovelace", EmailAddress = "ada@dupont.example", Mobile = "+33612345678",
            Department = "support", Role = Role.GroupAdmins, Require2FA = true, Did = "+33180203041",
        };

        var file = TestCsv.Succeeds(TestCsv.Read(TestCsv.Written(s => ExtensionCsvWriter.WriteExport(s, [ExtensionCsvRow.From(extension, "Support client")]))));

        Assert.Equal(new ExtensionCsvRow
        {
            Line = 2, Number = "105", FirstName = "Ada", LastName = "Lovelace", Email = "ada@dupont.example", Mobile = "+33612345678",
            Department = "Support client", Role = "group_admins", Require2FA = "1", Did = "+33180203041",
        }, file.Rows[0]);
    }

    [Fact]
    public void The3CxFixtureReadThenExportedReadsTheSame()
    {
        var original = FixtureFiles.ReadFile("3cx-v20-console-export.csv");

        var again = TestCsv.Succeeds(TestCsv.Read(TestCsv.Written(s => ExtensionCsvWriter.WriteExport(s, original.Rows))));

        Assert.Equal(original.Rows.Select(r => r with { Line = 0 }), again.Rows.Select(r => r with { Line = 0 }));
    }
}
