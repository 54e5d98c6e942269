using PbxBot.Conversations.Tests.Requests;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.ResendWelcome;

/// <summary>A wrong address is corrected on the confirmation card: the mail goes there and the extension keeps it.</summary>
public sealed class TheAddressCanBeCorrected : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheMailGoesToTheCorrectedAddress_AndTheExtensionIsUpdated()
    {
        var ct = TestContext.Current.CancellationToken;
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");

        var sent = await helpdesk.PressAsync("Renvoyer", new Dictionary<string, string> { ["email"] = "m.curie@dupont.example" });

        Assert.Contains("m.curie@dupont.example", sent.InvokeCard().Text);
        Assert.Single(await WelcomeMails.WaitForAsync(bot, "m.curie@dupont.example"));
        Assert.DoesNotContain(WelcomeMails.All(bot), m => m.To.ToString().Contains("marie.curie", StringComparison.Ordinal));
        Assert.Equal("m.curie@dupont.example", (await bot.Repository.GetExtensionAsync(TestPbx.Id, "101", ct))!.Value.EmailAddress);
        var audit = Assert.Single(await bot.Repository.ListAuditAsync(TestPbx.Id, 50, ct), a => a.Action == "extension.welcome_resent");
        Assert.Contains("marie.curie@dupont.example", audit.Before);
        Assert.Contains("m.curie@dupont.example", audit.After);
    }

    [Fact]
    public async Task AnInvalidAddressIsRefusedNextToTheField()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");

        await helpdesk.PressAsync("Renvoyer", new Dictionary<string, string> { ["email"] = "pas une adresse" });

        Assert.NotNull(helpdesk.LastCard!.ErrorFor("email"));
        Assert.Equal("marie.curie@dupont.example", (await bot.Repository.GetExtensionAsync(TestPbx.Id, "101", TestContext.Current.CancellationToken))!.Value.EmailAddress);
    }
}
