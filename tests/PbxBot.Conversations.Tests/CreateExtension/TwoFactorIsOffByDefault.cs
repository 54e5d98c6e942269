using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Seed 000, step 6: 2FA off so the first login is not blocked; it can be turned on, with a warning.</summary>
public sealed class TwoFactorIsOffByDefault : ConversationTest
{
    [Fact]
    public async Task TheToggleIsOffAndSaysWhy()
    {
        var placement = await Bot.User(TestPbx.Users.Admin).ToPlacementAsync();

        Assert.Equal("false", placement.Value("require2fa"));
        Assert.Contains("bloqué par un code 2FA dès sa première connexion", placement.Text);
    }

    [Fact]
    public async Task TheExtensionIsSavedWithout2FAUnlessAsked()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var review = await admin.ToExtensionReviewAsync();
        Assert.Contains("2FA: désactivée", review.Text);

        await admin.PressAsync(Wizards.Confirm);

        Assert.False((await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value.Require2FA);
    }

    [Fact]
    public async Task TurningItOnIsWarnedAboutAndKept()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var review = await admin.ToExtensionReviewAsync(new Dictionary<string, string> { ["require2fa"] = "true" });
        Assert.Contains("2FA: activée", review.Text);
        Assert.Contains("première connexion", review.Text);

        await admin.PressAsync(Wizards.Confirm);

        Assert.True((await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value.Require2FA);
    }
}
