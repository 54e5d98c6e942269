using PbxBot.Testing.Conversations;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// Seed 001 on the 3CX: the department becomes a group (language, visibility, transcription), each member joins it with
/// the role chosen — keeping the groups they were in — and the office hours (open hours, lunch breaks, time zone,
/// holidays) are set on that group; the primary department moves a user there.
/// </summary>
public sealed class ADepartmentItsMembersAndItsHoursAreSetOnThePbx : IAsyncLifetime
{
    private ConnectedPbx pbx = null!;

    public async ValueTask InitializeAsync() => pbx = await ConnectedPbx.StartAsync();

    public async ValueTask DisposeAsync() => await pbx.DisposeAsync();

    [Fact]
    public async Task TheGroupIsCreatedWithItsMembersThenItsHours()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.AddMembersAsync("marie", "managers", "101");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        Assert.Contains("Département « Comptabilité » créé", (await admin.WaitForAppliedAsync()).Text);

        var afterCreate = await pbx.ApiCallsAsync();
        var state = await pbx.StateAsync();
        var group = state.Group("Comptabilité");
        var marie = state.User("101");
        Assert.Equal(
            ["GET /xapi/v1/Groups", "POST /xapi/v1/Groups", "GET /xapi/v1/Users(Number='101')", $"PATCH /xapi/v1/Users({marie["Id"]!.GetValue<int>()})"],
            afterCreate);
        Assert.Equal(("fr", false, "Nothing"), (group["Language"]!.GetValue<string>(), group["GloballyVisible"]!.GetValue<bool>(), group["TranscriptionMode"]!.GetValue<string>()));
        var groups = marie["Groups"]!.AsArray().Select(g => (g!["Name"]!.GetValue<string>(), g["Rights"]!["RoleName"]!.GetValue<string>())).Order().ToArray();
        Assert.Equal([("Comptabilité", "managers"), ("Support", "users")], groups);
        Assert.Equal(state.Group("Support")["Id"]!.GetValue<int>(), marie["PrimaryGroupId"]!.GetValue<int>());

        await pbx.Control.ClearCallsAsync(pbx.Pbx, TestContext.Current.CancellationToken);
        await admin.SayAsync("horaires de comptabilité");
        await admin.PressAsync("Supprimer le week-end");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["friday.stop"] = "16:00", ["friday.breakStart"] = "", ["friday.breakStop"] = "" });
        await admin.PressAsync("Ajouter", new Dictionary<string, string> { ["holidayName"] = "Noël", ["holidayStart"] = "2026-12-25", ["holidayRecurrent"] = "true" });
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        Assert.Contains("Horaires de « Comptabilité » enregistrés", (await admin.WaitForAppliedAsync()).Text);

        var patch = Assert.Single(await pbx.CallsAsync(), c => c.Method == "PATCH");
        Assert.Equal($"/xapi/v1/Groups({group["Id"]!.GetValue<int>()})", patch.Path);
        // Only the office hours: the name, language and the rest are not sent again.
        Assert.DoesNotContain("Name", patch.Body!.AsObject().Select(p => p.Key));
        var hours = (await pbx.StateAsync()).Group("Comptabilité");
        var open = hours["Hours"]!["Periods"]!.AsArray().Select(p => $"{p!["DayOfWeek"]} {p["Start"]}-{p["Stop"]}").ToArray();
        Assert.Equal(5, open.Length);
        Assert.Contains("Friday 09:00:00-16:00:00", open);
        Assert.DoesNotContain(open, o => o.StartsWith("Saturday", StringComparison.Ordinal) || o.StartsWith("Sunday", StringComparison.Ordinal));
        var breaks = hours["BreakTime"]!["Periods"]!.AsArray().Select(p => $"{p!["DayOfWeek"]} {p["Start"]}-{p["Stop"]}").ToArray();
        Assert.Equal(4, breaks.Length);
        Assert.Contains("Monday 12:30:00-14:00:00", breaks);
        var holiday = Assert.Single(hours["OfficeHolidays"]!.AsArray());
        Assert.Equal(("Noël", 25, 12, true), (holiday!["Name"]!.GetValue<string>(), holiday["Day"]!.GetValue<int>(), holiday["Month"]!.GetValue<int>(), holiday["IsRecurrent"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task ThePrimaryDepartmentMovesTheUsersGroupOnThePbx()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("département principal de 101");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = TestPbx.Sales, ["role"] = "managers" });
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();

        var state = await pbx.StateAsync();
        var marie = state.User("101");
        Assert.Equal(state.Group("Ventes")["Id"]!.GetValue<int>(), marie["PrimaryGroupId"]!.GetValue<int>());
        var groups = marie["Groups"]!.AsArray().Select(g => (g!["Name"]!.GetValue<string>(), g["Rights"]!["RoleName"]!.GetValue<string>())).Order().ToArray();
        Assert.Equal([("Support", "users"), ("Ventes", "managers")], groups);
        var patch = Assert.Single(await pbx.CallsAsync(), c => c.Method == "PATCH");
        Assert.Equal(["Groups", "PrimaryGroupId"], patch.Body!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }
}
