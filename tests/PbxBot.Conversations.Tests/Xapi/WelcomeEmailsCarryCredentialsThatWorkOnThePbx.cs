using System.Net;
using PbxBot.Conversations.Tests.ResendWelcome;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// Seed 000 steps 8–9 on a real PBX. By default 3CX sends its own welcome e-mail (what a 3CX admin expects), and the
/// helpdesk's « Réinitialiser » issues fresh credentials on the PBX and e-mails them. With <c>WelcomeEmail=PbxBot</c>,
/// PbxBot's e-mail carries a one-time link whose page sets the user's web client password on the PBX itself.
/// </summary>
public sealed class WelcomeEmailsCarryCredentialsThatWorkOnThePbx
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ByDefaultThePbxSendsItsOwnWelcomeEmailAndAResendRegeneratesTheCredentials()
    {
        await using var pbx = await ConnectedPbx.StartAsync();
        var helpdesk = pbx.Bot.User(TestPbx.Users.Helpdesk);

        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");
        await helpdesk.PressAsync("Renvoyer");

        await Eventually.TrueAsync(async () => (await pbx.StateAsync()).WelcomeEmails.Count > 0, "the PBX's welcome e-mail", Ct);
        var sent = Assert.Single((await pbx.StateAsync()).WelcomeEmails);
        Assert.Equal(("101", "Regenerate"), (sent.Number, sent.Trigger));
        var regenerate = Assert.Single(await pbx.CallsAsync(), c => c.Path.EndsWith("/Pbx.Regenerate", StringComparison.Ordinal));
        Assert.True(regenerate.Body!["opts"]!["WebclientPassword"]!.GetValue<bool>());
        Assert.True(regenerate.Body!["opts"]!["SendWelcomeEmail"]!.GetValue<bool>());
        Assert.Empty(WelcomeMails.All(pbx.Bot));
        await helpdesk.WaitForCardAsync(c => c.Text.Contains("Envoyé le", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACorrectedAddressReachesThePbxBeforeItsWelcomeEmail()
    {
        await using var pbx = await ConnectedPbx.StartAsync();
        var helpdesk = pbx.Bot.User(TestPbx.Users.Helpdesk);

        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");
        await helpdesk.PressAsync("Renvoyer", new Dictionary<string, string> { ["email"] = "m.curie@dupont.example" });

        await Eventually.TrueAsync(async () => (await pbx.StateAsync()).WelcomeEmails.Count > 0, "the PBX's welcome e-mail", Ct);
        var calls = (await pbx.CallsAsync()).Where(c => c.Method is "PATCH" or "POST" && c.Path.StartsWith("/xapi", StringComparison.Ordinal)).ToArray();
        Assert.Equal("PATCH", calls[0].Method);
        Assert.Equal("m.curie@dupont.example", calls[0].Body!["EmailAddress"]!.GetValue<string>());
        Assert.EndsWith("/Pbx.Regenerate", calls[1].Path, StringComparison.Ordinal);
        Assert.Equal("m.curie@dupont.example", Assert.Single((await pbx.StateAsync()).WelcomeEmails).EmailAddress);
    }

    [Fact]
    public async Task PbxBotsOwnEmailSetsTheWebClientPasswordOnThePbx()
    {
        await using var pbx = await ConnectedPbx.StartAsync(settings: new Dictionary<string, string?> { ["Xapi:WelcomeEmail"] = "PbxBot" });
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync();
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        var link = WelcomeMails.LinkOf((await WelcomeMails.WaitForAsync(pbx.Bot, "ada@dupont.example"))[0]);
        Assert.Empty((await pbx.StateAsync()).WelcomeEmails);
        using var http = new HttpClient();
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];

        using var response = await http.PostAsync(new Uri(pbx.Bot.BaseAddress, link), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["password"] = "correct horse battery staple",
            ["confirm"] = "correct horse battery staple",
        }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await pbx.Control.CheckPasswordAsync(pbx.Pbx, "103", "correct horse battery staple", Ct));
        var extension = (await pbx.Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value;
        Assert.Null(extension.WebClientPasswordHash);
        Assert.Null(extension.Credential);
        var patch = Assert.Single(await pbx.CallsAsync(), c => c.Method == "PATCH");
        Assert.Equal(["AccessPassword"], patch.Body!.AsObject().Select(p => p.Key));
        Assert.DoesNotContain(pbx.Logs.Records, r => r.Message.Contains("correct horse battery staple", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APbxThatDoesNotAnswerLeavesTheLinkUsable()
    {
        await using var pbx = await ConnectedPbx.StartAsync(settings: new Dictionary<string, string?> { ["Xapi:WelcomeEmail"] = "PbxBot", ["Xapi:MaxRetries"] = "0" });
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync();
        await admin.PressAsync(Wizards.Confirm);
        await admin.WaitForAppliedAsync();
        var link = WelcomeMails.LinkOf((await WelcomeMails.WaitForAsync(pbx.Bot, "ada@dupont.example"))[0]);
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];
        await pbx.Control.AddFaultAsync(pbx.Pbx, Pbx.Xapi.StandIn.Control.FaultSpec.WithStatus(503).On("PATCH", null), Ct);
        using var http = new HttpClient();
        FormUrlEncodedContent Form() => new(new Dictionary<string, string> { ["token"] = token, ["password"] = "correct horse battery staple", ["confirm"] = "correct horse battery staple" });

        using var down = await http.PostAsync(new Uri(pbx.Bot.BaseAddress, link), Form(), Ct);
        using var again = await http.PostAsync(new Uri(pbx.Bot.BaseAddress, link), Form(), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("votre lien reste valable", await down.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(await pbx.Control.CheckPasswordAsync(pbx.Pbx, "103", "correct horse battery staple", Ct));
    }
}
