using PbxBot.Cards.Builders;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Seed 000, steps 4 and 7: the e-mail brings the welcome e-mail; the DID, from the free ones of the pool, is the outbound caller ID.</summary>
public sealed class TheEmailAndDidAreExplained : ConversationTest
{
    [Fact]
    public async Task TheIdentityCardSaysThatWithoutAnEmailNoWelcomeEmailIsSent()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        Assert.Contains("Sans adresse e-mail, aucun e-mail de bienvenue", admin.LastCard!.Text);
    }

    [Fact]
    public async Task WithoutAnEmailTheExtensionIsCreatedAndTheConfirmationSaysNoWelcomeWasSent()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync(new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace" });
        await admin.PressAsync(Wizards.Next);

        await admin.PressAsync(Wizards.Confirm);

        Assert.Contains("aucun e-mail de bienvenue ne sera envoyé", admin.LastCard!.Text);
        Assert.Contains("aucun e-mail de bienvenue ne sera envoyé", (await admin.WaitForAppliedAsync()).Text);
        Assert.Null((await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value.EmailAddress);
        var outbox = await Bot.Store.QueryAsync<Application.Outbox.OutboxMessage>(TestPbx.Id, new(Application.Stores.DocumentKinds.Outbox), Ct);
        Assert.Equal([Application.Outbox.OutboxKind.PbxChange], outbox.Select(m => m.Value.Kind));
    }

    [Fact]
    public async Task AnInvalidEmailIsRefusedNextToTheField()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>(Wizards.Ada()) { ["email"] = "ada@" });

        Assert.Contains("n'est pas une adresse e-mail valide", admin.LastCard!.ErrorFor("email"));
    }

    [Fact]
    public async Task AnInvalidMobileIsRefusedNextToTheField()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>(Wizards.Ada()) { ["mobile"] = "12" });

        Assert.Contains("n'est pas un numéro de téléphone valide", admin.LastCard!.ErrorFor("mobile"));
    }

    [Fact]
    public async Task MissingNamesAreRefusedNextToTheirFields()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["firstName"] = "", ["lastName"] = " " });

        Assert.Contains("prénom est obligatoire", admin.LastCard!.ErrorFor("firstName"));
        Assert.Contains("nom est obligatoire", admin.LastCard.ErrorFor("lastName"));
    }

    [Fact]
    public async Task TheDidIsOneOfTheFreeDidsOrNoneAndIsTheOutboundCallerId()
    {
        var placement = await Bot.User(TestPbx.Users.Admin).ToPlacementAsync();

        Assert.Equal([ExtensionCards.NoDid, .. TestPbx.Dids], placement.Choices("did").Select(c => c.Value));
        Assert.Equal(ExtensionCards.NoDid, placement.Value("did"));
        Assert.Contains("identifiant d'appel sortant", placement.Text);
    }

    [Fact]
    public async Task APickedDidCanBeSetBackToNone()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync(new Dictionary<string, string> { ["did"] = TestPbx.Dids[0] });
        await admin.PressAsync(Wizards.Back);
        Assert.Equal(TestPbx.Dids[0], admin.LastCard!.Value("did"));

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["did"] = ExtensionCards.NoDid });
        Assert.DoesNotContain(TestPbx.Dids[0], admin.LastCard!.Text);
        await admin.PressAsync(Wizards.Confirm);

        Assert.Null((await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value.Did);
    }

    [Fact]
    public async Task ADidGivenToTheFirstExtensionIsNoLongerOffered()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync(new Dictionary<string, string> { ["did"] = TestPbx.Dids[1] });
        await admin.PressAsync(Wizards.Confirm);

        var placement = await admin.ToPlacementAsync();

        Assert.DoesNotContain(TestPbx.Dids[1], placement.Choices("did").Select(c => c.Value));
        Assert.Equal("103", (await Bot.Repository.ListDidsAsync(TestPbx.Id, Ct)).Single(d => d.Number == TestPbx.Dids[1]).AssignedTo);
    }

    [Fact]
    public async Task AForgedDidOutsideThePoolIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToPlacementAsync();

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["did"] = "+33199999999" });

        Assert.Contains("+33199999999", admin.LastCard!.ErrorFor("did"));
    }

    [Fact]
    public async Task TheDepartmentDefaultsToThePbxsDefaultDepartment()
    {
        var placement = await Bot.User(TestPbx.Users.Admin).ToPlacementAsync();

        Assert.Equal(TestPbx.General, placement.Value("department"));
        Assert.Equal([TestPbx.General, TestPbx.Support, TestPbx.Sales], placement.Choices("department").Select(c => c.Value));
    }
}
