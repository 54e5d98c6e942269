using System.Text;
using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Writing;

/// <summary>
/// The template is a plain CSV Excel opens cleanly (headers, one example row marked « Exemple : 101 » in its number
/// cell), which the reader takes as a template and whose example it skips once the admin has added rows.
/// </summary>
public sealed class TheTemplateOpensBackThroughTheReader
{
    [Fact]
    public void TheFrenchTemplateIsSemicolonSeparatedForFrenchExcel()
    {
        var text = Encoding.UTF8.GetString(TestCsv.Written(s => ExtensionCsvWriter.WriteTemplate(s, Language.French)));

        Assert.Equal(
            "\uFEFFNuméro;Prénom;Nom;E-mail;Mobile;Département;Rôle;2FA;SDA\r\n"
            + "Exemple : 101;Marie;Dupont;marie.dupont@exemple.fr;06 12 34 56 78;Général;Utilisateur;non;01 80 20 30 40\r\n",
            text);
    }

    [Fact]
    public void TheEnglishTemplateIsCommaSeparated()
    {
        var text = Encoding.UTF8.GetString(TestCsv.Written(s => ExtensionCsvWriter.WriteTemplate(s, Language.English)));

        Assert.StartsWith("\uFEFFNumber,First name,Last name,Email,Mobile,Department,Role,2FA,DID\r\nExample: 101,Mary,Smith,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.French, ';')]
    [InlineData(Language.English, ',')]
    public void FilledInItIsReadAsATemplateWithoutItsExample(Language language, char delimiter)
    {
        var filled = TestCsv.Written(s => ExtensionCsvWriter.WriteTemplate(s, language))
            .Concat(Encoding.UTF8.GetBytes($"110{delimiter}Ada{delimiter}Lovelace\r\n")).ToArray();

        var file = TestCsv.Succeeds(TestCsv.Read(filled));

        Assert.Equal((CsvFormat.Template, CsvEncoding.Utf8WithBom, delimiter, 1), (file.Format, file.Encoding, file.Delimiter, file.ExampleRowsSkipped));
        Assert.Equal((3, "110", "Ada"), (Assert.Single(file.Rows).Line, file.Rows[0].Number, file.Rows[0].FirstName));
    }

    [Fact]
    public void LeftUntouchedItHasNoExtensionToCreate()
    {
        var error = TestCsv.Fails(TestCsv.Read(TestCsv.Written(s => ExtensionCsvWriter.WriteTemplate(s, Language.French))), CsvErrorCode.NoRows);

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void TheExampleRowBecomesAnExtensionOnceItsNumberIsReplaced()
    {
        var template = Encoding.UTF8.GetString(TestCsv.Written(s => ExtensionCsvWriter.WriteTemplate(s, Language.French)));

        var file = TestCsv.Succeeds(TestCsv.Read(template.Replace("Exemple : 101", "101", StringComparison.Ordinal)));

        Assert.Equal((0, "101", "Marie"), (file.ExampleRowsSkipped, Assert.Single(file.Rows).Number, file.Rows[0].FirstName));
    }

    [Fact]
    public void TheCommittedEnglishTemplateSkipsItsExample()
    {
        var file = FixtureFiles.ReadFile("template-english-utf8-bom.csv");

        Assert.Equal(1, file.ExampleRowsSkipped);
        Assert.Equal(["201", "202"], file.Rows.Select(r => r.Number));
        Assert.Equal([3, 4], file.Rows.Select(r => r.Line));
    }

    [Fact]
    public void AnotherDelimiterMayBeAskedFor()
    {
        var file = TestCsv.Succeeds(TestCsv.Read(TestCsv.Written(s => ExtensionCsvWriter.WriteTemplate(s, Language.French, ','))
            .Concat("110,Ada,Lovelace\r\n"u8.ToArray()).ToArray()));

        Assert.Equal(',', file.Delimiter);
    }
}
