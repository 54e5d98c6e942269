using PbxBot.Application.Outbox;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.EndToEnd;

/// <summary>
/// The three wizards one after the other, over HTTP as in Teams: an extension, a department with two members, its
/// office hours — then the store holds exactly what they should have saved, and nothing more.
/// </summary>
public abstract class AnExtensionADepartmentAndItsHoursLeaveExactlyTheirRecords : ConversationTest
{
    [Fact]
    public async Task TheStoreHoldsTheExtensionTheDepartmentWithItsMembersItsHoursTheAuditAndTheWelcomeEmail()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var auditBefore = (await Bot.Repository.ListAuditAsync(TestPbx.Id, 500, Ct)).Select(a => a.Id).ToHashSet();

        await admin.ToExtensionReviewAsync(new Dictionary<string, string> { ["did"] = TestPbx.Dids[0], ["department"] = TestPbx.Support });
        await admin.PressAsync(Wizards.Confirm);
        Assert.Contains("Extension 103 créée", (await admin.WaitForAppliedAsync()).Text);

        await admin.ToMembersAsync("Comptabilité");
        await admin.AddMembersAsync("103", "managers", "103");
        await admin.AddMembersAsync("marie", "users", "101");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        Assert.Contains("Département « Comptabilité » créé", (await admin.WaitForAppliedAsync()).Text);

        await admin.SayAsync("horaires de comptabilité");
        await admin.PressAsync("Supprimer le week-end");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["friday.stop"] = "16:00", ["friday.breakStart"] = "", ["friday.breakStop"] = "" });
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        Assert.Contains("Horaires de « Comptabilité » enregistrés", (await admin.WaitForAppliedAsync()).Text);

        var extension = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value;
        Assert.Equal(
            ("Ada", "Lovelace", "ada@dupont.example", "+33612345678", TestPbx.Support, Role.Users, false, TestPbx.Dids[0], TestPbx.Users.Admin.Id),
            (extension.FirstName, extension.LastName, extension.EmailAddress, extension.Mobile, extension.Department, extension.Role, extension.Require2FA, extension.Did, extension.CreatedBy));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "104", Ct));
        Assert.Equal("103", (await Bot.Repository.ListDidsAsync(TestPbx.Id, Ct)).Single(d => d.Number == TestPbx.Dids[0]).AssignedTo);
        Assert.Contains((await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct))!.Value.Members, m => m.Number == "103");

        var departments = await Bot.Repository.ListDepartmentsAsync(TestPbx.Id, Ct);
        Assert.Equal(["comptabilite", TestPbx.General, TestPbx.Support, TestPbx.Sales], departments.Select(d => d.Key).Order(StringComparer.Ordinal));
        var compta = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct))!.Value;
        Assert.Equal(("Comptabilité", "fr", false, TranscriptionMode.Nothing), (compta.Name, compta.Language, compta.GloballyVisible, compta.TranscriptionMode));
        Assert.Equal([new DepartmentMember("101", Role.Users), new DepartmentMember("103", Role.Managers)], compta.Members.OrderBy(m => m.Number));

        var hours = compta.OfficeHours!;
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        Assert.Equal(
            weekdays.Select(d => new Period(d, new TimeOnly(9, 0), d == DayOfWeek.Friday ? new TimeOnly(16, 0) : new TimeOnly(18, 0))),
            hours.Hours.OrderBy(p => ((int)p.DayOfWeek + 6) % 7));
        Assert.Equal(
            weekdays.Take(4).Select(d => new Period(d, new TimeOnly(12, 30), new TimeOnly(14, 0))),
            hours.BreakTime.OrderBy(p => ((int)p.DayOfWeek + 6) % 7));
        Assert.Equal("Europe/Paris", hours.TimeZoneId);
        Assert.Empty(hours.Holidays);
        Assert.Null((await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct))!.Value.OfficeHours);

        var audit = (await Bot.Repository.ListAuditAsync(TestPbx.Id, 500, Ct)).Where(a => !auditBefore.Contains(a.Id)).ToArray();
        Assert.Equal(
            ["department.created|department:comptabilite", "extension.created|extension:103", "officehours.saved|department:comptabilite"],
            audit.Select(a => $"{a.Action}|{a.Target}").Order(StringComparer.Ordinal));
        Assert.All(audit, a => Assert.Equal(TestPbx.Users.Admin.Id, a.ActorId));

        // Each change went to the PBX (the demo one) and was applied there; the welcome e-mail followed the extension.
        var changes = await Bot.Store.QueryAsync<PbxChange>(TestPbx.Id, new DocumentQuery(PbxChangeDocument.Kind), Ct);
        Assert.Equal(
            ["CreateDepartment|department:comptabilite|Applied", "CreateExtension|extension:103|Applied", "UpdateDepartment|department:comptabilite|Applied"],
            changes.Select(c => $"{c.Value.Kind}|{c.Value.Target}|{c.Value.Status}").Order(StringComparer.Ordinal));
        var outbox = await Bot.Store.QueryAsync<OutboxMessage>(TestPbx.Id, new DocumentQuery(DocumentKinds.Outbox), Ct);
        Assert.Equal(
            ["PbxChange|department:comptabilite", "PbxChange|department:comptabilite", "PbxChange|extension:103", "WelcomeEmail|extension:103"],
            outbox.Select(m => $"{m.Value.Kind}|{m.Value.Subject}").Order(StringComparer.Ordinal));
    }
}

public sealed class OnSqlite : AnExtensionADepartmentAndItsHoursLeaveExactlyTheirRecords;

public sealed class OnCosmos : AnExtensionADepartmentAndItsHoursLeaveExactlyTheirRecords
{
    protected override Task<PbxBotUnderTest> StartBotAsync() => PbxBotUnderTest.StartAsync(useCosmos: true);
}
