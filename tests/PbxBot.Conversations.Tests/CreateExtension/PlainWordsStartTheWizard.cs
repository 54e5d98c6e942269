using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>The operator says what they want in plain words, French or English; a department named on the way is preselected.</summary>
public sealed class PlainWordsStartTheWizard : ConversationTest
{
    [Theory]
    [InlineData("nouvelle extension")]
    [InlineData("Créer une extension")]
    [InlineData("create extension")]
    [InlineData("new user")]
    [InlineData("ajouter un utilisateur")]
    [InlineData("nouveau poste")]
    public async Task EachWayOfSayingItOpensTheIdentityCard(string words)
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync(words);

        Assert.Equal("103", admin.LastCard!.Value("number"));
    }

    [Theory]
    [InlineData("nouvelle extension au service support", TestPbx.Support)]
    [InlineData("créer un utilisateur dans le département Ventes", TestPbx.Sales)]
    [InlineData("create a user in the support department", TestPbx.Support)]
    [InlineData("new extension for department support", TestPbx.Support)]
    public async Task AnExtensionInADepartmentIsAnExtensionWithThatDepartmentPreselected(string words, string department)
    {
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync(words);
        Assert.Equal("103", admin.LastCard!.Value("number"));
        await admin.PressAsync(Wizards.Next, Wizards.Ada());

        Assert.Equal(department, admin.LastCard!.Value("department"));
    }

    [Fact]
    public async Task ADepartmentTheOperatorDoesNotAdministerIsNotPreselected()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("nouvelle extension au service ventes");
        await supportAdmin.PressAsync(Wizards.Next, Wizards.Ada());

        Assert.Equal(TestPbx.Support, supportAdmin.LastCard!.Value("department"));
    }
}
