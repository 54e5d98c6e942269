using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>A number already given to someone is refused, on the card and again at the save.</summary>
public sealed class AUsedNumberIsRefused : ConversationTest
{
    [Fact]
    public async Task TypingAnExistingExtensionsNumberShowsItIsTakenAndTheNextFreeOne()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>(Wizards.Ada()) { ["number"] = "101" });

        var error = admin.LastCard!.ErrorFor("number");
        Assert.NotNull(error);
        Assert.Contains("101 est déjà attribué", error);
        Assert.Contains("103", error);
    }

    [Fact]
    public async Task ANumberTakenByAColleagueBeforeTheConfirmationSendsBackToTheNumberWithTheNextFreeOne()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync();
        await Bot.Repository.CreateExtensionAsync(
            new Extension { Number = "103", FirstName = "Grace", LastName = "Hopper", Department = TestPbx.General, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "colleague" },
            new AuditEntry { Id = Guid.NewGuid().ToString("N"), PbxId = TestPbx.Id, At = DateTimeOffset.UtcNow, ActorId = "colleague", ActorName = "colleague", Action = "test", Target = "extension:103" },
            [], null, Ct);

        await admin.PressAsync(Wizards.Confirm);

        var card = admin.LastCard!;
        Assert.Equal("104", card.Value("number"));
        Assert.Contains("104", card.ErrorFor("number"));
        Assert.Equal("Ada", card.Value("firstName"));
        Assert.Equal("Grace", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value.FirstName);

        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);
        Assert.Equal("Ada", (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "104", Ct))!.Value.FirstName);
    }
}
