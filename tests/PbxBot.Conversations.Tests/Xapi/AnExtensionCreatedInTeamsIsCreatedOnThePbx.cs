using PbxBot.Testing.Conversations;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// Seed 000 on a real 3CX (the stand-in): after Confirm the card says "envoi au PBX…"; the PBX is asked once whether 103
/// exists, the user is created with its department and role, 2FA as chosen, the DID as outbound caller ID, the mobile
/// and e-mail, and 3CX sends its welcome e-mail; the card then says it is applied.
/// </summary>
public abstract class AnExtensionCreatedInTeamsIsCreatedOnThePbx(bool useCosmos) : IAsyncLifetime
{
    private ConnectedPbx pbx = null!;

    public sealed class OnSqlite() : AnExtensionCreatedInTeamsIsCreatedOnThePbx(useCosmos: false);

    public sealed class OnCosmos() : AnExtensionCreatedInTeamsIsCreatedOnThePbx(useCosmos: true);

    public async ValueTask InitializeAsync() => pbx = await ConnectedPbx.StartAsync(useCosmos: useCosmos);

    public async ValueTask DisposeAsync()
    {
        await pbx.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task TheUserIsCreatedOnceWithEverythingTheWizardAsked()
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync(new Dictionary<string, string> { ["did"] = TestPbx.Dids[1], ["department"] = TestPbx.Support, ["role"] = "managers" });

        var confirm = await admin.PressAsync(Wizards.Confirm);

        Assert.Contains("Extension 103 : envoi au PBX…", confirm.Cards[0].Text);
        var applied = await admin.WaitForAppliedAsync();
        Assert.Contains("Extension 103 créée", applied.Text);
        Assert.DoesNotContain("PBX de démonstration", applied.Text);

        var calls = await ApiCallsAsync();
        var id = (await pbx.StateAsync()).User("103")["Id"]!.GetValue<int>();
        Assert.Equal(["GET /xapi/v1/Users(Number='103')", "POST /xapi/v1/Users", $"POST /xapi/v1/Users({id})/Pbx.SendWelcomeEmail"], calls);
        var post = (await pbx.CallsAsync()).Single(c => c.Method == "POST" && c.Path == "/xapi/v1/Users");
        var body = post.Body!.AsObject();
        Assert.Equal("103", body["Number"]!.GetValue<string>());
        Assert.Equal("Ada", body["FirstName"]!.GetValue<string>());
        Assert.Equal("Lovelace", body["LastName"]!.GetValue<string>());
        Assert.Equal("ada@dupont.example", body["EmailAddress"]!.GetValue<string>());
        Assert.Equal("+33612345678", body["Mobile"]!.GetValue<string>());
        Assert.False(body["Require2FA"]!.GetValue<bool>());
        Assert.Equal(TestPbx.Dids[1], body["OutboundCallerID"]!.GetValue<string>());

        var state = await pbx.StateAsync();
        var user = state.User("103");
        Assert.Equal(("Ada", "Lovelace", "ada@dupont.example", TestPbx.Dids[1]),
            (user["FirstName"]!.GetValue<string>(), user["LastName"]!.GetValue<string>(), user["EmailAddress"]!.GetValue<string>(), user["OutboundCallerID"]!.GetValue<string>()));
        var group = Assert.Single(user["Groups"]!.AsArray());
        Assert.Equal("Support", group!["Name"]!.GetValue<string>());
        Assert.Equal("managers", group["Rights"]!["RoleName"]!.GetValue<string>());
        Assert.Equal(state.Group("Support")["Id"]!.GetValue<int>(), user["PrimaryGroupId"]!.GetValue<int>());
        Assert.Equal("103", Assert.Single(state.WelcomeEmails).Number);
        Assert.Equal(id, (await pbx.Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", TestContext.Current.CancellationToken))!.Value.PbxUserId);
    }

    private async Task<IReadOnlyList<string>> ApiCallsAsync()
    {
        // The welcome e-mail follows the creation through the outbox: wait for it before reading the calls.
        await Testing.Mail.Eventually.TrueAsync(async () => (await pbx.StateAsync()).WelcomeEmails.Count > 0, "3CX's welcome e-mail", TestContext.Current.CancellationToken);
        return await pbx.ApiCallsAsync();
    }
}
