using System.Text.Json.Nodes;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Help;

/// <summary>The help card lists what this operator may do (by their role), each with a button that starts it.</summary>
public sealed class TheHelpCardOffersWhatTheRoleMayDo : ConversationTest
{
    public static TheoryData<string, string[], string[]> Roles => new()
    {
        { "admin", ["create-extension", "create-department", "office-hours", "primary-department"], [] },
        { "support-admin", ["create-extension", "office-hours", "primary-department"], ["create-department"] },
        { "helpdesk", [], ["create-extension", "create-department", "office-hours", "primary-department"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRoleIsOfferedItsWizardsOnly(string who, string[] offered, string[] notOffered)
    {
        var user = Bot.User(who switch { "admin" => TestPbx.Users.Admin, "support-admin" => TestPbx.Users.SupportAdmin, _ => TestPbx.Users.Helpdesk });

        await user.SayAsync("aide");

        var started = StartButtons(user.LastCard!);
        Assert.All(offered, w => Assert.Contains(w, started));
        Assert.All(notOffered, w => Assert.DoesNotContain(w, started));
    }

    [Theory]
    [InlineData("create-extension", "number")]
    [InlineData("create-department", "name")]
    [InlineData("office-hours", "department")]
    [InlineData("primary-department", "search")]
    public async Task EachButtonStartsItsWizard(string wizard, string firstInput)
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("help");

        await admin.PressAsync("Commencer", card: Only(admin.LastCard!, wizard));

        Assert.Contains(firstInput, admin.LastCard!.Inputs.Keys);
    }

    [Theory]
    [InlineData("aide")]
    [InlineData("help")]
    [InlineData("?")]
    [InlineData("Bonjour")]
    public async Task TheUsualWordsShowIt(string word)
    {
        var turn = await Bot.User(TestPbx.Users.Admin).SayAsync(word);

        Assert.Contains(turn.Cards, c => c.Text.Contains("Ce que je peux faire pour vous", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatIsNotUnderstoodIsSaidAndTheHelpCardShown()
    {
        var turn = await Bot.User(TestPbx.Users.Admin).SayAsync("fais-moi un café");

        Assert.Contains("Je n'ai pas compris « fais-moi un café ». Voici ce que je sais faire :", turn.Texts);
        Assert.Contains(turn.Cards, c => c.Text.Contains("Ce que je peux faire pour vous", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstallingTheBotGreetsWithTheHelpCard()
    {
        var turn = await Bot.User(TestPbx.Users.Admin).InstallAsync();

        Assert.Contains(turn.Texts, t => t.Contains("Je suis PbxBot", StringComparison.Ordinal));
        Assert.Contains("create-extension", StartButtons(Assert.Single(turn.Cards)));
    }

    private static List<string> StartButtons(CardView card) =>
        card.Buttons.Select(b => b["data"]?["start"]?.GetValue<string>()).OfType<string>().ToList();

    /// <summary>The help card reduced to the one entry's button (every entry's button reads "Commencer").</summary>
    private static CardView Only(CardView help, string wizard)
    {
        var button = help.Buttons.First(b => b["data"]?["start"]?.GetValue<string>() == wizard);
        return new CardView(help.ActivityId, new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(button.DeepClone()) }),
        });
    }
}
