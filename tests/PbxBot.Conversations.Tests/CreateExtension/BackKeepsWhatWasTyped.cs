using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>"Back" shows the previous card as it was filled in, and going forward again keeps every answer.</summary>
public sealed class BackKeepsWhatWasTyped : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task TheBackButtonShowsTheIdentityAsTyped(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        await admin.ToPlacementAsync();

        await admin.PressAsync(Wizards.Back);

        var identity = admin.LastCard!;
        Assert.Equal("103", identity.Value("number"));
        Assert.Equal("Ada", identity.Value("firstName"));
        Assert.Equal("Lovelace", identity.Value("lastName"));
        Assert.Equal("ada@dupont.example", identity.Value("email"));
        Assert.False(identity.HasButton(Wizards.Back));
    }

    [Fact]
    public async Task TypingRetourDoesTheSame()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();

        await admin.SayAsync("retour");

        Assert.Equal("Ada", admin.LastCard!.Value("firstName"));
    }

    [Fact]
    public async Task WhatWasChosenOnALaterCardIsStillThereAfterGoingBackAndForth()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync(new Dictionary<string, string> { ["did"] = TestPbx.Dids[2], ["role"] = "managers", ["department"] = TestPbx.Support });

        await admin.PressAsync(Wizards.Back);
        var placement = admin.LastCard!;
        Assert.Equal(TestPbx.Dids[2], placement.Value("did"));
        Assert.Equal("managers", placement.Value("role"));
        await admin.PressAsync(Wizards.Back);
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["firstName"] = "Augusta" });
        Assert.Equal(TestPbx.Dids[2], admin.LastCard!.Value("did"));
        Assert.Equal(TestPbx.Support, admin.LastCard.Value("department"));
        await admin.PressAsync(Wizards.Next);

        Assert.Contains("Augusta Lovelace", admin.LastCard!.Text);
        Assert.Contains(TestPbx.Dids[2], admin.LastCard.Text);
    }

    [Fact]
    public async Task BackOnTheFirstCardSaysThereIsNothingBefore()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        var turn = await admin.SayAsync("retour");

        Assert.Contains("Vous êtes déjà à la première étape.", turn.Texts);
    }
}
