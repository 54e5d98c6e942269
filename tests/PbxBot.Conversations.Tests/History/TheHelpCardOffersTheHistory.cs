using System.Text.Json.Nodes;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.History;

/// <summary>The help card offers « Historique et journal » to those who may see history (admins, managers, helpdesk); its button opens the journal.</summary>
public sealed class TheHelpCardOffersTheHistory : ConversationTest
{
    [Fact]
    public async Task ItsButtonOpensTheJournal()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("aide");
        var help = admin.LastCard!;
        Assert.Contains("Historique et journal", help.Text);
        var button = help.Buttons.First(b => b["data"]?["command"]?.GetValue<string>() == "journal");
        // Every entry's button reads "Commencer": press this one alone.
        var only = new CardView(help.ActivityId, new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(button.DeepClone()) }),
        });

        await admin.PressAsync(button["title"]!.GetValue<string>(), card: only);

        Assert.Contains("Journal des modifications", admin.LastCard!.Text);
    }

    [Theory]
    [InlineData("helpdesk")]
    [InlineData("manager")]
    [InlineData("support-admin")]
    public async Task ToThoseWhoMaySeeIt(string who)
    {
        var user = Bot.User(who switch { "helpdesk" => TestPbx.Users.Helpdesk, "manager" => TestPbx.Users.Manager, _ => TestPbx.Users.SupportAdmin });

        await user.SayAsync("help");

        Assert.Contains("Historique et journal", user.LastCard!.Text);
    }
}
