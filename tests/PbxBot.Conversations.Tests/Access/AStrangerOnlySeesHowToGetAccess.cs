using PbxBot.Domain;
using PbxBot.Testing.Conversations;
using PbxBot.Conversations.Tests.Requests;

namespace PbxBot.Conversations.Tests.Access;

/// <summary>
/// Deny by default: a Teams user the bot knows no grant for only ever gets the card explaining how to be granted
/// access (with the id to pass on to an admin) — whatever they type or press.
/// </summary>
public sealed class AStrangerOnlySeesHowToGetAccess : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task OnInstallTheyAreGreetedWithTheWayToGetAccess_AndTheirId()
    {
        var stranger = bot.User(TestPbx.Users.Stranger);

        var installed = await stranger.InstallAsync();

        var card = Assert.Single(installed.Cards);
        Assert.True(card.IsAccessDenied());
        Assert.Contains(TestPbx.Users.Stranger.Id, card.Text);
        Assert.Empty(card.Buttons);
    }

    [Theory]
    [InlineData("nouvelle extension")]
    [InlineData("demander une extension")]
    [InlineData("renvoyer l'e-mail de bienvenue à 101")]
    [InlineData("mes demandes")]
    [InlineData("demandes en attente")]
    [InlineData("donner accès")]
    [InlineData("aide")]
    [InlineData("n'importe quoi")]
    public async Task WhateverTheyTypeTheyOnlyGetTheAccessCard(string text)
    {
        var stranger = bot.User(TestPbx.Users.Stranger);

        var said = await stranger.SayAsync(text);

        var card = Assert.Single(said.Cards);
        Assert.True(card.IsAccessDenied());
        Assert.Empty(card.Inputs);
        Assert.Empty(said.Texts);
    }

    [Theory]
    [InlineData("request.approve")]
    [InlineData("request.reject")]
    [InlineData("request.cancel")]
    [InlineData("request.refresh")]
    public async Task AForgedCardActionGetsTheAccessCardAndChangesNothing(string verb)
    {
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var forged = await bot.User(TestPbx.Users.Stranger).ForgeAsync(verb, TestPbx.Id, request.Id, reason: "je passe");

        Assert.True(forged.InvokeCard().IsAccessDenied());
        Assert.DoesNotContain(request.Reference, forged.Body);
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task AWizardButtonFromSomeoneElsesCardGetsTheAccessCard()
    {
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        var pressed = await bot.User(TestPbx.Users.Stranger).PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Eve", ["lastName"] = "Intruse" }, admin.LastCard);

        Assert.True(pressed.InvokeCard().IsAccessDenied());
        Assert.Empty(await bot.Repository.SearchExtensionsAsync(TestPbx.Id, "Intruse", 5, TestContext.Current.CancellationToken));
    }
}
