using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Seed 000, step 3: "3CX bloque certains numéros d'urgence comme 911, 112, 15, 17, et 18".</summary>
public sealed class ABlockedNumberIsRefusedWithTheNextFreeOne : ConversationTest
{
    [Theory]
    [InlineData("911")]
    [InlineData("112")]
    [InlineData("15")]
    [InlineData("17")]
    [InlineData("18")]
    [InlineData("175")]
    public async Task AnEmergencyNumberStaysOnTheCardWithTheReasonAndTheNextFreeNumber(string number)
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>(Wizards.Ada()) { ["number"] = number });

        var card = admin.LastCard!;
        var error = card.ErrorFor("number");
        Assert.NotNull(error);
        Assert.Contains(number, error);
        Assert.Contains("ne peut pas être une extension", error);
        Assert.Contains("103", error);
        Assert.Equal("Ada", card.Value("firstName"));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, number, Ct));
    }

    [Fact]
    public async Task AFreeNumberOfTheDialPlanMayBeChosenInstead()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>(Wizards.Ada()) { ["number"] = "112" });

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["number"] = "250" });
        await admin.PressAsync(Wizards.Next);
        Assert.Contains("Numéro: 250", admin.LastCard!.Text);
        await admin.PressAsync(Wizards.Confirm);

        Assert.NotNull(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "250", Ct));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
    }

    [Fact]
    public async Task ANumberOutsideTheDialPlanIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>(Wizards.Ada()) { ["number"] = "950" });

        var error = admin.LastCard!.ErrorFor("number");
        Assert.NotNull(error);
        Assert.Contains("plan de numérotation", error);
        Assert.Contains("103", error);
    }
}
