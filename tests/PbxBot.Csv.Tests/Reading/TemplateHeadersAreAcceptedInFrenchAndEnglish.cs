using PbxBot.Csv.Tests.Fixtures;
using PbxBot.Domain;

namespace PbxBot.Csv.Tests.Reading;

/// <summary>The template's headers in either language, however they were typed: case, accents, spaces and dashes do not count.</summary>
public sealed class TemplateHeadersAreAcceptedInFrenchAndEnglish
{
    [Theory]
    [InlineData("Numéro;Prénom;Nom;E-mail;Mobile;Département;Rôle;2FA;SDA")]
    [InlineData("Number;First name;Last name;Email;Mobile;Department;Role;2FA;DID")]
    [InlineData("NUMERO;PRENOM;NOM;EMAIL;MOBILE;DEPARTEMENT;ROLE;2fa;sda")]
    [InlineData(" numéro ; Prénom ; nom ; e mail ; mobile ; département ; rôle ; 2 FA ; Sda ")]
    [InlineData("number;first_name;last-name;E-Mail;mobile;department;role;2FA;did")]
    public void EveryFieldIsFoundInItsColumn(string header)
    {
        var file = TestCsv.Succeeds(TestCsv.Read(header + "\r\n101;Marie;Curie;m@x.example;0612345678;Support;Manager;non;+33180203040\r\n"));

        Assert.Equal(CsvFormat.Template, file.Format);
        Assert.Equal(new ExtensionCsvRow
        {
            Line = 2, Number = "101", FirstName = "Marie", LastName = "Curie", Email = "m@x.example", Mobile = "0612345678",
            Department = "Support", Role = "Manager", Require2FA = "non", Did = "+33180203040",
        }, file.Rows[0]);
    }

    [Fact]
    public void ColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut()
    {
        var file = TestCsv.Succeeds(TestCsv.Read("Nom;E-mail;Prénom\r\nCurie;m@x.example;Marie\r\n"));

        var row = file.Rows[0];
        Assert.Equal(("Marie", "Curie", "m@x.example"), (row.FirstName, row.LastName, row.Email));
        Assert.Null(row.Number);
        Assert.Null(row.Department);
    }

    [Fact]
    public void TheLooselyTypedFrenchFixtureIsATemplate()
    {
        var file = FixtureFiles.ReadFile("template-french-utf8-no-bom.csv");

        Assert.Equal(CsvFormat.Template, file.Format);
        Assert.Equal(["301", "302"], file.Rows.Select(r => r.Number));
        Assert.Empty(file.IgnoredColumns);
    }

    [Fact]
    public void TheTemplatesOwnHeadersAreTheOnesWritten()
    {
        Assert.Equal("Numéro;Prénom;Nom;E-mail;Mobile;Département;Rôle;2FA;SDA",
            string.Join(';', ExtensionCsvColumns.All.Select(c => c.TemplateHeader(Language.French))));
        Assert.Equal("Number,First name,Last name,Email,Mobile,Department,Role,2FA,DID",
            string.Join(',', ExtensionCsvColumns.All.Select(c => c.TemplateHeader(Language.English))));
    }
}
