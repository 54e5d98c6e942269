using PbxBot.Application.Import;
using PbxBot.Csv;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Tests.Import;

/// <summary>
/// Each row is validated as if the rows above it were already created: numbers left empty take the next free ones but
/// never one a later row asks for, and no two rows share a number, an e-mail address or a DID. Roles and 2FA are read
/// as people write them; the rules service judges the rest.
/// </summary>
public sealed class RowsOfOneFileNeverCollide
{
    private static readonly Operator Admin = new("admin", "Alice Admin", new Grant
    {
        PbxId = "pbx", UserId = "admin", DisplayName = "Alice Admin", Role = Role.SystemAdmins, GrantedBy = "seed", GrantedAt = DateTimeOffset.UnixEpoch,
    });

    private static readonly PbxSnapshot Pbx = new(
        new PbxSettings { Id = "pbx", DisplayName = "Acme", Country = "FR", DialPlan = DialPlan.Single(100, 899), WebClientUrl = new Uri("https://acme.3cx.fr") },
        UsedNumbers.From([100, 101]),
        [new Department { Key = "general", Name = "Général", IsDefault = true }, new Department { Key = "ventes-lyon", Name = "Ventes Lyon" }],
        [new Did { Number = "+33180203040" }]);

    private static ImportPlan Plan(params ExtensionCsvRow[] rows) =>
        new ImportPlanner(new RulesService()).Plan(
            new ExtensionCsvFile { Format = CsvFormat.Template, Encoding = CsvEncoding.Utf8, Delimiter = ';', HeaderLine = 1, Rows = rows },
            Pbx, Admin, DateTimeOffset.UnixEpoch, Language.French);

    private static ExtensionCsvRow Row(int line, string? number, string first, string? email = null, string? did = null, string? role = null, string? twoFa = null, string? department = null) =>
        new() { Line = line, Number = number, FirstName = first, LastName = "Martin", Email = email, Did = did, Role = role, Require2FA = twoFa, Department = department };

    [Fact]
    public void EmptyNumbersTakeTheNextFreeOnesAroundTheFilesOwnNumbers()
    {
        var plan = Plan(Row(2, null, "A"), Row(3, "103", "B"), Row(4, null, "C"));

        Assert.Equal(["102", "103", "104"], plan.Rows.Select(r => r.Draft.Number));
        Assert.Equal([true, false, true], plan.Rows.Select(r => r.NumberChosen));
    }

    [Fact]
    public void ANumberAnAddressOrADidGivenTwiceIsADuplicate()
    {
        var plan = Plan(
            Row(2, "110", "A", "a@acme.fr", "+33180203040"),
            Row(3, "110", "B"),
            Row(4, "111", "C", "A@ACME.FR"),
            Row(5, "113", "D", did: "+33180203040"));

        Assert.Equal([2], plan.Rows.Select(r => r.Line));
        Assert.Equal(3, plan.Duplicates);
        Assert.Contains("ligne 2", Assert.Single(plan.Rejected, r => r.Row.Line == 5).Messages[0]);
    }

    [Theory]
    [InlineData("Manager", "oui", Role.Managers, true)]
    [InlineData("receptionists", "0", Role.Receptionists, false)]
    [InlineData("Administrateur de département", "Yes", Role.GroupAdmins, true)]
    [InlineData(null, null, Role.Users, false)]
    public void RolesAndTwoFactorReadAsPeopleWriteThem(string? role, string? twoFa, Role expected, bool require2Fa)
    {
        var draft = Assert.Single(Plan(Row(2, "120", "A", role: role, twoFa: twoFa)).Rows).Draft;

        Assert.Equal((expected, require2Fa), (draft.Role, draft.Require2FA));
    }

    [Fact]
    public void ADepartmentIsFoundByItsNameWhateverItsKey()
    {
        Assert.Equal("ventes-lyon", Assert.Single(Plan(Row(2, "120", "A", department: "ventes lyon")).Rows).Draft.Department);
    }

    [Fact]
    public void AWordTheBotCannotReadIsAnErrorOfItsRow()
    {
        var rejected = Assert.Single(Plan(Row(2, "120", "A", role: "chef"), Row(3, "121", "B", twoFa: "peut-être")).Rejected, r => r.Row.Line == 2);

        Assert.Contains("Rôle inconnu : « chef »", rejected.Messages[0]);
        Assert.Contains(Plan(Row(3, "121", "B", twoFa: "peut-être")).Rejected[0].Messages, m => m.Contains("2FA", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSeedsRulesStillHoldRowByRow()
    {
        var plan = Plan(Row(2, "112", "Urgence"), Row(3, "130", "Chef", role: "Administrateur système"), Row(4, "131", "Mail", "pas-une-adresse"));

        Assert.Empty(plan.Rows);
        Assert.Contains("urgence", plan.Rejected[0].Messages[0]);
        Assert.Contains("Rôle :", plan.Rejected[1].Messages[0]);
        Assert.Contains("Adresse e-mail :", plan.Rejected[2].Messages[0]);
    }
}
