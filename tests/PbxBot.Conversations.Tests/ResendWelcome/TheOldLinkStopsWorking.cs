using System.Net;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.ResendWelcome;

/// <summary>A resend issues fresh credentials: the link of the previous e-mail stops working at once, the new one works.</summary>
public sealed class TheOldLinkStopsWorking : IAsyncLifetime
{
    private const string Address = "marie.curie@dupont.example";
    private PbxBotUnderTest bot = null!;
    private readonly HttpClient http = new();

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task AfterTheResendOnlyTheNewLinkOpens()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);
        await ResendAsync(helpdesk);
        var oldLink = WelcomeMails.LinkOf((await WelcomeMails.WaitForAsync(bot, Address, 1))[0]);
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(oldLink));

        await ResendAsync(helpdesk);

        Assert.Equal(HttpStatusCode.Gone, await OpenAsync(oldLink));
        var newLink = Assert.Single((await WelcomeMails.WaitForAsync(bot, Address, 2)).Select(WelcomeMails.LinkOf), l => l != oldLink);
        Assert.Equal(HttpStatusCode.OK, await OpenAsync(newLink));
        Assert.Equal(HttpStatusCode.Gone, await OpenAsync(oldLink));
    }

    private static async Task ResendAsync(ChatUser helpdesk)
    {
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");
        await helpdesk.PressAsync("Renvoyer");
    }

    private async Task<HttpStatusCode> OpenAsync(string link)
    {
        using var response = await http.GetAsync(new Uri(bot.BaseAddress, link), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
