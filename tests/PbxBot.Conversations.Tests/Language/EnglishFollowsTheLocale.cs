using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Language;

/// <summary>Cards, errors and answers follow the activity's locale: English for "en-*", French otherwise (and when unknown).</summary>
public sealed class EnglishFollowsTheLocale : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task AnEnglishSpeakingAdminCreatesAnExtensionInEnglish(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client, "en-US");
        await admin.SayAsync("create extension");
        Assert.Contains("New extension", admin.LastCard!.Text);
        Assert.Contains("Without an e-mail address, no welcome e-mail", admin.LastCard.Text);

        await admin.PressAsync("Next", new Dictionary<string, string>(Wizards.Ada()) { ["number"] = "112" });
        Assert.Contains("it cannot be an extension", admin.LastCard!.ErrorFor("number"));
        Assert.Contains("103", admin.LastCard.ErrorFor("number"));

        await admin.PressAsync("Next", new Dictionary<string, string> { ["number"] = "103" });
        Assert.Contains("Off by default so the user is not blocked", admin.LastCard!.Text);
        Assert.Contains("outbound caller ID", admin.LastCard.Text);
        await admin.PressAsync("Next");
        Assert.Contains("Step 3/3", admin.LastCard!.Text);
        var confirmed = await admin.PressAsync("Confirm");

        // The turn's own card (the outbox's refresh to "applied" may already follow it).

        Assert.Contains(confirmed.Cards, c => c.Text.Contains("Extension 103: sending to the PBX…", StringComparison.Ordinal));
        var applied = await admin.WaitForAppliedAsync();
        Assert.Contains("Extension 103 created", applied.Text);
        Assert.Contains("Welcome e-mail to ada@dupont.example queued", applied.Text);
        Assert.Contains("Demo PBX: nothing is sent to a 3CX.", applied.Text);
    }

    [Fact]
    public async Task DepartmentsAndOfficeHoursSpeakEnglishToo()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-GB");
        await admin.SayAsync("create department");
        await admin.PressAsync("Next", new Dictionary<string, string> { ["name"] = "support" });
        Assert.Contains("already exists", admin.LastCard!.ErrorFor("name"));
        await admin.PressAsync("Cancel");
        Assert.Contains("Wizard cancelled: nothing was saved.", admin.LastCard!.Text);

        await admin.SayAsync("office hours of support");
        Assert.Contains("Office hours — Support", admin.LastCard!.Text);
        Assert.Contains("Remove the weekend", admin.LastCard.Buttons.Select(b => b["title"]!.GetValue<string>()));
        await admin.PressAsync("Next", new Dictionary<string, string> { ["monday.breakStart"] = "19:00", ["monday.breakStop"] = "19:30" });
        Assert.Contains("Monday: the break", admin.LastCard!.ErrorFor("break.monday"));
    }

    [Fact]
    public async Task TypedCancelAndUnknownWordsAreAnsweredInEnglish()
    {
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");
        await admin.SayAsync("new extension");
        await admin.PressAsync("Next", Wizards.Ada());

        await admin.SayAsync("what?");
        Assert.Contains("You were creating extension 103 for Ada Lovelace. Continue or discard?", admin.LastCard!.Text);
        var cancel = await admin.SayAsync("cancel");

        Assert.Contains("Wizard cancelled: nothing was saved.", cancel.Texts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("fr-BE")]
    public async Task AnyOtherLocaleIsAnsweredInFrench(string locale)
    {
        var admin = Bot.User(TestPbx.Users.Admin, locale);

        await admin.SayAsync("create extension");

        Assert.Contains("Nouvelle extension", admin.LastCard!.Text);
        Assert.True(admin.LastCard.HasButton("Suivant"));
    }
}
