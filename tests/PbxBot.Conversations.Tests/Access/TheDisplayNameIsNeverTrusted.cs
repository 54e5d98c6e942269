using PbxBot.Domain;
using PbxBot.Testing.Conversations;
using PbxBot.Conversations.Tests.Requests;

namespace PbxBot.Conversations.Tests.Access;

/// <summary>
/// Identity is <c>from.aadObjectId</c>: a Teams user who takes an admin's display name gets nothing of their rights,
/// and an admin who renamed themselves keeps them.
/// </summary>
public sealed class TheDisplayNameIsNeverTrusted : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheAdminsNameWithAnotherIdIsAStranger()
    {
        var impostor = bot.User(("aad-impostor", TestPbx.Users.Admin.Name));

        var said = await impostor.SayAsync("nouvelle extension");

        Assert.True(Assert.Single(said.Cards).IsAccessDenied());
        Assert.Contains("aad-impostor", said.Cards[0].Text);
    }

    [Fact]
    public async Task TheImpostorCannotApproveEither()
    {
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var forged = await bot.User(("aad-impostor", TestPbx.Users.Admin.Name)).ForgeAsync("request.approve", TestPbx.Id, request.Id);

        Assert.True(forged.InvokeCard().IsAccessDenied());
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task TheAdminUnderAnotherNameKeepsTheirRights_AndIsRecordedByTheirId()
    {
        var ct = TestContext.Current.CancellationToken;
        var renamed = bot.User((TestPbx.Users.Admin.Id, "Alice (congés)"));
        await renamed.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        await renamed.PressAsync(RequestSteps.Approve, card: await renamed.ApprovalCardAsync(request));

        var stored = await bot.ReloadAsync(request);
        Assert.Equal((RequestStatus.Approved, TestPbx.Users.Admin.Id), (stored.Status, stored.DecidedBy));
        Assert.Equal(TestPbx.Users.Admin.Id, (await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct))!.Value.CreatedBy);
    }
}
