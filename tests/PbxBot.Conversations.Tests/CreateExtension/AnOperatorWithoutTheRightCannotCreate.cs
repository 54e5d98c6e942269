using System.Text.Json.Nodes;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Only admins (system, or of a department) create extensions; rights are read from the store on every turn.</summary>
public sealed class AnOperatorWithoutTheRightCannotCreate : ConversationTest
{
    [Theory]
    [InlineData("helpdesk")]
    [InlineData("manager")]
    public async Task AskingIsAnsweredWithWhatTheyMayDoInstead(string who)
    {
        var user = Bot.User(who == "helpdesk" ? TestPbx.Users.Helpdesk : TestPbx.Users.Manager);

        var turn = await user.SayAsync("nouvelle extension");

        Assert.Contains(turn.Texts, t => t.Contains("Vous n'avez pas les droits pour « Créer une extension »", StringComparison.Ordinal));
        var help = Assert.Single(turn.Cards);
        Assert.DoesNotContain("Créer une extension", help.Text);
        Assert.DoesNotContain(help.Inputs.Keys, k => k == "number");
    }

    [Fact]
    public async Task AForgedStartButtonDoesNotStartIt()
    {
        var helpdesk = Bot.User(TestPbx.Users.Helpdesk);
        await helpdesk.SayAsync("aide");
        var forged = new CardView(helpdesk.LastCard!.ActivityId, new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(new JsonObject
                {
                    ["type"] = "Action.Execute", ["title"] = "Go", ["verb"] = "start", ["associatedInputs"] = "none",
                    ["data"] = new JsonObject { ["start"] = "create-extension" },
                }),
            }),
        });

        var turn = await helpdesk.PressAsync("Go", card: forged);

        Assert.Contains(turn.Texts, t => t.Contains("Vous n'avez pas les droits pour « Créer une extension »", StringComparison.Ordinal));
        Assert.DoesNotContain(helpdesk.Cards, c => c.Inputs.ContainsKey("number"));
    }

    [Fact]
    public async Task AGrantWithdrawnMidWayStopsTheWizardAtTheNextSubmit()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();
        var grant = (await Bot.Repository.GetGrantAsync(TestPbx.Id, TestPbx.Users.Admin.Id, Ct))!;
        await Bot.Repository.SaveGrantAsync(grant.Value with { Role = null, Helpdesk = true }, grant.ETag,
            new AuditEntry { Id = Guid.NewGuid().ToString("N"), PbxId = TestPbx.Id, At = DateTimeOffset.UtcNow, ActorId = "owner", ActorName = "owner", Action = "test", Target = "grant" }, Ct);

        await admin.PressAsync(Wizards.Next);

        Assert.Contains("Vous n'avez pas les droits", admin.LastCard!.Text);
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }
}
