using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// Issue A.1: a manager asks for an extension with the create-extension cards, limited to their own department(s)
/// and the roles they may request, with a reason; the number may be left to the approval. Stored pending.
/// </summary>
public sealed class AManagerRequestsAnExtensionForTheirDepartment : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheCardsOfferOnlyTheirDepartmentAndRolesBelowTheirs_AndTheNumberDefaultsToFirstFreeAtApproval()
    {
        var manager = bot.User(TestPbx.Users.Manager);

        await manager.SayAsync("demander une extension");
        Assert.Equal("true", manager.LastCard!.Value("numberAtApproval"));
        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace" });

        var placement = manager.LastCard!;
        Assert.Equal([TestPbx.Support], placement.Choices("department").Select(c => c.Value));
        Assert.Equal(["users", "receptionists"], placement.Choices("role").Select(c => c.Value));
        Assert.True(placement.Inputs.ContainsKey("reason"));
    }

    [Fact]
    public async Task TheSubmittedRequestIsStoredPending_AndTheManagerSeesItsReference()
    {
        var manager = bot.User(TestPbx.Users.Manager, "en-US");

        var request = await manager.SubmitAsync(bot, email: "ada@dupont.example", reason: "New support agent");

        Assert.Equal(RequestStatus.Pending, request.Status);
        Assert.Equal((TestPbx.Users.Manager.Id, TestPbx.Support, "New support agent"), (request.RequestedBy, request.Draft.Department, request.Reason));
        Assert.Null(request.Draft.Number);
        Assert.True(manager.SubmittedCard(request).HasButton("Cancel the request"));
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WhenNoApproverCanBeReachedTheManagerIsWarned()
    {
        var manager = bot.User(TestPbx.Users.Manager);

        var request = await manager.SubmitAsync(bot);

        Assert.Contains("aucun administrateur", manager.SubmittedCard(request).Text);
    }

    [Fact]
    public async Task WhenAnApproverIsReachableThereIsNoWarning()
    {
        await bot.User(TestPbx.Users.SupportAdmin).InstallAsync();
        var manager = bot.User(TestPbx.Users.Manager);

        var request = await manager.SubmitAsync(bot);

        Assert.DoesNotContain("aucun administrateur", manager.SubmittedCard(request).Text);
        Assert.Contains("ont été prévenus", manager.SubmittedCard(request).Text);
    }

    [Fact]
    public async Task TheEnglishCommandStartsTheSameWizard()
    {
        var manager = bot.User(TestPbx.Users.Manager, "en-US");

        await manager.SayAsync("request an extension");

        Assert.Contains("Extension request", manager.LastCard!.Text);
    }

    [Fact]
    public async Task WithoutAReasonTheRequestDoesNotMoveOn()
    {
        var manager = bot.User(TestPbx.Users.Manager);
        await manager.SayAsync("demander une extension");
        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace" });

        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["reason"] = "" });

        Assert.NotNull(manager.LastCard!.ErrorFor("reason"));
        Assert.True(manager.LastCard.Inputs.ContainsKey("department"));
    }

    [Fact]
    public async Task AnEmergencyNumberIsRefusedByTheRulesBeforeTheReview()
    {
        var manager = bot.User(TestPbx.Users.Manager);
        await manager.SayAsync("demander une extension");

        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["numberAtApproval"] = "false", ["number"] = "112", ["firstName"] = "Ada", ["lastName"] = "Lovelace" });

        Assert.Contains("112", manager.LastCard!.ErrorFor("number"));
    }
}
