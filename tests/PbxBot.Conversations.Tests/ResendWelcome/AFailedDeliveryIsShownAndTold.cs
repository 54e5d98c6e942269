using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;

namespace PbxBot.Conversations.Tests.ResendWelcome;

/// <summary>
/// A permanent SMTP failure (5xx) is final: the status card shows "failed" with the server's reason, and the operator
/// who caused the mail — the helpdesk who resent it, or the admin who created the extension — is told in Teams why.
/// </summary>
public sealed class AFailedDeliveryIsShownAndTold : IAsyncLifetime
{
    private ScriptedSmtpServer smtp = null!;
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync()
    {
        smtp = new ScriptedSmtpServer("550 5.1.1 mailbox unavailable");
        bot = await PbxBotUnderTest.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = smtp.Host,
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "pbxbot@dupont.example",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task TheResendStatusCardShowsTheFailureWithItsReason_AndTheHelpdeskIsTold()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");
        var confirm = helpdesk.LastCard!;

        await helpdesk.PressAsync("Renvoyer");

        var failed = await helpdesk.WaitForCardAsync(c => c.ActivityId == confirm.ActivityId && c.Text.Contains("Échec", StringComparison.Ordinal));
        Assert.Contains("550", failed.Text);
        var told = await helpdesk.WaitForTextAsync("n'a pas pu être envoyé");
        Assert.Contains("101", told);
        Assert.Contains("550", told);
        Assert.Equal(1, smtp.RecipientsRefused);
    }

    [Fact]
    public async Task TheAdminWhoCreatedTheExtensionIsTold()
    {
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");
        await admin.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace", ["email"] = "ada@nowhere.example" });
        await admin.PressAsync("Suivant");
        await admin.PressAsync("Confirmer");

        var told = await admin.WaitForTextAsync("n'a pas pu être envoyé");

        Assert.Contains("103", told);
        Assert.Contains("ada@nowhere.example", told);
        Assert.Contains("550", told);
    }

    [Fact]
    public async Task TheApproverWhoCreatedItFromARequestIsTold()
    {
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var request = await Requests.RequestSteps.SubmitAsync(bot.User(TestPbx.Users.Manager), bot, email: "ada@nowhere.example");

        await admin.PressAsync(Requests.RequestSteps.Approve, card: await Requests.RequestSteps.ApprovalCardAsync(admin, request));

        Assert.Contains("550", await admin.WaitForTextAsync("n'a pas pu être envoyé"));
    }
}
