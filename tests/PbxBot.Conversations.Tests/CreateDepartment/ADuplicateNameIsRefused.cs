using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateDepartment;

/// <summary>A department name is unique per PBX, ignoring case and accents.</summary>
public sealed class ADuplicateNameIsRefused : ConversationTest
{
    [Theory]
    [InlineData("Support")]
    [InlineData("SUPPORT")]
    [InlineData("general")]
    [InlineData("GÉNÉRAL")]
    [InlineData("  ventes ")]
    public async Task AnExistingNameWrittenDifferentlyIsRefusedNextToTheName(string name)
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("créer un département");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = name });

        var error = admin.LastCard!.ErrorFor("name");
        Assert.NotNull(error);
        Assert.Contains("existe déjà", error);
        Assert.Equal(3, (await Bot.Repository.ListDepartmentsAsync(TestPbx.Id, Ct)).Count);
    }

    [Fact]
    public async Task AnEmptyNameIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("créer un département");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "" });

        Assert.Contains("Donnez un nom au département.", admin.LastCard!.ErrorFor("name"));
    }

    [Fact]
    public async Task ANameTakenByAColleagueBeforeTheConfirmationSendsBackToTheName()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.PressAsync(Wizards.Next);
        var colleague = Bot.User(TestPbx.Users.Owner);
        await colleague.ToMembersAsync("comptabilite");
        await colleague.PressAsync(Wizards.Next);
        await colleague.PressAsync(Wizards.Confirm);

        await admin.PressAsync(Wizards.Confirm);

        Assert.Contains("existe déjà", admin.LastCard!.ErrorFor("name"));
        Assert.Equal(4, (await Bot.Repository.ListDepartmentsAsync(TestPbx.Id, Ct)).Count);
    }
}
