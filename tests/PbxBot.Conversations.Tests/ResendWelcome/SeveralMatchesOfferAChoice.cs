using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.ResendWelcome;

/// <summary>By name or e-mail: one match goes straight to the confirmation; several ("Curie": Marie and Pierre) give a choice.</summary>
public sealed class SeveralMatchesOfferAChoice : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task CurieOffersMarieAndPierre_AndTheChosenOneIsResent()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk, "en-US");

        await helpdesk.SayAsync("resend welcome email to Curie");

        var choice = helpdesk.LastCard!;
        Assert.Equal(["101", "102"], choice.Choices("number").Select(c => c.Value));
        Assert.Contains("Pierre Curie", choice.Choices("number")[1].Title);
        await helpdesk.PressAsync("Next", new Dictionary<string, string> { ["number"] = "102" });
        Assert.Contains("102 — Pierre Curie", helpdesk.LastCard!.Text);
        Assert.Equal("pierre.curie@dupont.example", helpdesk.LastCard.Value("email"));

        await helpdesk.PressAsync("Resend");

        Assert.Single(await WelcomeMails.WaitForAsync(bot, "pierre.curie@dupont.example"));
        Assert.DoesNotContain(WelcomeMails.All(bot), m => m.To.ToString().Contains("marie", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AFullNameGoesStraightToTheConfirmation()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk, "en-US");

        await helpdesk.SayAsync("resend welcome email to Marie Curie");

        Assert.Contains("101 — Marie Curie", helpdesk.LastCard!.Text);
        Assert.Equal("marie.curie@dupont.example", helpdesk.LastCard.Value("email"));
    }

    [Fact]
    public async Task AnEmailAddressFindsTheExtension()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);

        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à pierre.curie@dupont.example");

        Assert.Contains("102 — Pierre Curie", helpdesk.LastCard!.Text);
    }

    [Fact]
    public async Task WithoutAnArgumentTheOperatorSearchesOnTheCard()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue");

        await helpdesk.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "curie" });

        Assert.Equal(2, helpdesk.LastCard!.Choices("number").Count);
    }
}
