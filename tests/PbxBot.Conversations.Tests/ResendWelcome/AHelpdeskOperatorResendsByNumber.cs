using PbxBot.Conversations.Tests.Requests;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.ResendWelcome;

/// <summary>
/// Seed 000 step 9, in Teams: "renvoyer l'e-mail de bienvenue à 101" shows who it is and where the mail goes; on
/// confirm a new welcome e-mail is queued and the card follows it until it is sent.
/// </summary>
public sealed class AHelpdeskOperatorResendsByNumber : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheCardShowsWhoAndWhere_ThenTheMailIsQueuedAndSent()
    {
        var ct = TestContext.Current.CancellationToken;
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);

        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");

        var confirm = helpdesk.LastCard!;
        Assert.Contains("101 — Marie Curie", confirm.Text);
        Assert.Contains("Support", confirm.Text);
        Assert.Equal("marie.curie@dupont.example", confirm.Value("email"));
        Assert.Empty(WelcomeMails.All(bot));

        var sent = await helpdesk.PressAsync("Renvoyer");

        var status = sent.InvokeCard();
        Assert.Contains("En file d'attente", status.Text);
        Assert.Contains("marie.curie@dupont.example", status.Text);
        var mail = Assert.Single(await WelcomeMails.WaitForAsync(bot, "marie.curie@dupont.example"));
        Assert.Contains("101", mail.TextBody);
        var updated = await helpdesk.WaitForCardAsync(c => c.ActivityId == confirm.ActivityId && c.Text.Contains("Envoyé le", StringComparison.Ordinal));
        Assert.Contains("Sent", updated.Text);
        var audit = await bot.Repository.ListAuditAsync(TestPbx.Id, 50, ct);
        Assert.Single(audit, a => a.Action == "extension.welcome_resent" && a.ActorId == TestPbx.Users.Helpdesk.Id && a.Target == "extension:101");
    }

    [Fact]
    public async Task AnAdminMayResendToo_InEnglish()
    {
        var admin = bot.User(TestPbx.Users.Admin, "en-US");

        await admin.SayAsync("resend welcome email to 102");
        var sent = await admin.PressAsync("Resend");

        Assert.Contains("Queued since", sent.InvokeCard().Text);
        Assert.Single(await WelcomeMails.WaitForAsync(bot, "pierre.curie@dupont.example"));
    }

    [Fact]
    public async Task AnExtensionWithoutAddressAsksForOne()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 100");

        await helpdesk.PressAsync("Renvoyer", new Dictionary<string, string> { ["email"] = "" });

        Assert.NotNull(helpdesk.LastCard!.ErrorFor("email"));
        Assert.Empty(WelcomeMails.All(bot));
    }

    [Fact]
    public async Task AnUnknownNumberSaysSo()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);

        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 999");

        Assert.Contains("999", helpdesk.LastCard!.ErrorFor("search"));
    }
}
