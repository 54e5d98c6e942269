using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Seed 000, steps 3 to 8, as an admin lives them in Teams: proposed number, identity, placement, review, save.</summary>
public sealed class AnAdminCreatesAnExtensionStepByStep : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheFirstFreeNumberIsProposedAndTheExtensionIsSavedOnlyAfterTheReview()
    {
        var admin = bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("nouvelle extension");
        var identity = admin.LastCard!;
        Assert.Equal("103", identity.Value("number"));

        await admin.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace", ["email"] = "ada@dupont.example", ["mobile"] = "06 12 34 56 78" });
        var placement = admin.LastCard!;
        Assert.Equal("general", placement.Value("department"));
        Assert.Equal("false", placement.Value("require2fa"));

        await admin.PressAsync("Suivant", new Dictionary<string, string> { ["did"] = TestPbx.Dids[0] });
        var review = admin.LastCard!;
        Assert.Contains("+33612345678", review.Text);
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", TestContext.Current.CancellationToken));

        await admin.PressAsync("Confirmer");
        Assert.Contains("103", admin.LastCard!.Text);
        var saved = await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", TestContext.Current.CancellationToken);
        Assert.NotNull(saved);
        Assert.Equal("+33612345678", saved.Value.Mobile);
        Assert.Equal(TestPbx.Dids[0], saved.Value.Did);
        Assert.False(saved.Value.Require2FA);
    }

    [Fact]
    public async Task AnEmergencyNumberIsRefusedNextToTheFieldWithTheNextFreeNumber()
    {
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("create extension");
        await admin.PressAsync("Suivant", new Dictionary<string, string> { ["number"] = "112", ["firstName"] = "Ada", ["lastName"] = "Lovelace" });

        var error = admin.LastCard!.ErrorFor("number");
        Assert.NotNull(error);
        Assert.Contains("112", error);
        Assert.Contains("103", error);
    }
}
