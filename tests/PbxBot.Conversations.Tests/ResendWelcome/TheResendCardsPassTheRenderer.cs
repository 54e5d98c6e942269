using System.Text.Json.Nodes;
using PbxBot.Testing.Cards;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.ResendWelcome;

/// <summary>Every card of the resend flow — search, choice, confirmation, status before and after sending — passes the official renderer.</summary>
public sealed class TheResendCardsPassTheRenderer : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task AllOfThem()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);
        var cards = new List<(string, JsonObject)>();
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue");
        cards.Add(("search", helpdesk.LastCard!.Json));
        await helpdesk.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "nobody" });
        cards.Add(("nothing found", helpdesk.LastCard!.Json));
        await helpdesk.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "Curie" });
        cards.Add(("choice", helpdesk.LastCard!.Json));
        await helpdesk.PressAsync("Suivant", new Dictionary<string, string> { ["number"] = "101" });
        var confirm = helpdesk.LastCard!;
        cards.Add(("confirm", confirm.Json));
        await helpdesk.PressAsync("Renvoyer", new Dictionary<string, string> { ["email"] = "faux" });
        cards.Add(("address refused", helpdesk.LastCard!.Json));
        var queued = await helpdesk.PressAsync("Renvoyer", new Dictionary<string, string> { ["email"] = "marie.curie@dupont.example" });
        cards.Add(("queued", Requests.RequestSteps.InvokeCard(queued).Json));
        cards.Add(("sent", (await helpdesk.WaitForCardAsync(c => c.ActivityId == confirm.ActivityId && c.Text.Contains("Envoyé le", StringComparison.Ordinal))).Json));
        await helpdesk.SayAsync("renvoyer l'e-mail de bienvenue à 101");
        cards.Add(("confirm with history", helpdesk.LastCard!.Json));

        var verdicts = await AdaptiveCardsOracle.ValidateAsync(cards, TestContext.Current.CancellationToken);

        Assert.All(verdicts, v => Assert.True(v.Passes, v.ToString()));
        Assert.Contains("Envoyé le", cards[^1].Item2.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
