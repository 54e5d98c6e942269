using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>"You were creating extension 103 for Ada Lovelace — continue or discard?" when the operator comes back.</summary>
public sealed class AHalfFinishedWizardIsOfferedForResume : ConversationTest
{
    [Fact]
    public async Task ComingBackLaterTheOperatorIsAskedToContinueAndFindsTheirAnswers()
    {
        await Bot.User(TestPbx.Users.Admin).ToPlacementAsync();
        var later = Bot.User(TestPbx.Users.Admin);

        await later.SayAsync("bonjour, je reviens");

        var question = later.LastCard!;
        Assert.Contains("Vous étiez en train de créer l'extension 103 pour Ada Lovelace. Continuer ou abandonner ?", question.Text);
        await later.PressAsync("Continuer");
        Assert.Equal(question.ActivityId, later.LastCard!.ActivityId);
        Assert.Equal("general", later.LastCard.Value("department"));
        await later.PressAsync(Wizards.Next);
        await later.PressAsync(Wizards.Confirm);
        Assert.Equal("Ada", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value.FirstName);
    }

    [Fact]
    public async Task AskingForTheSameWizardAgainOffersToContinueIt()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();

        await admin.SayAsync("create extension");

        Assert.Contains("Ada Lovelace", admin.LastCard!.Text);
        Assert.True(admin.LastCard.HasButton("Continuer"));
    }

    [Fact]
    public async Task TheSameWizardCanBeStartedAfresh()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();
        await admin.SayAsync("nouvelle extension");

        await admin.PressAsync("Abandonner et recommencer");

        Assert.Equal("103", admin.LastCard!.Value("number"));
        Assert.Null(admin.LastCard.Value("firstName"));
    }

    [Fact]
    public async Task DiscardingForgetsItAndNothingIsSaved()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();
        await admin.SayAsync("hmm");

        await admin.PressAsync("Abandonner");

        Assert.Contains("Assistant abandonné.", admin.LastCard!.Text);
        var turn = await admin.SayAsync("hmm");
        Assert.Contains(turn.Texts, t => t.Contains("Je n'ai pas compris", StringComparison.Ordinal));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }

    [Fact]
    public async Task StartingAnotherWizardOffersToDiscardThisOneFirst()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();

        await admin.SayAsync("créer un département");
        await admin.PressAsync("Abandonner et commencer l'autre");

        Assert.True(admin.LastCard!.Inputs.ContainsKey("name"));
        Assert.Contains("Nouveau département", admin.LastCard.Text);
    }

    [Fact]
    public async Task TheHelpCardAlsoRemindsOfTheWizardInProgress()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();

        var turn = await admin.SayAsync("aide");

        Assert.Contains(turn.Cards, c => c.Text.Contains("Vous étiez en train de créer l'extension 103 pour Ada Lovelace", StringComparison.Ordinal));
    }
}
