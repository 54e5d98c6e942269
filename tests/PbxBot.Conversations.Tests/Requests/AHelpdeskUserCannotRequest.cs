using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>Requesting is for managers: a helpdesk operator is told so, and cannot decide a request either.</summary>
public sealed class AHelpdeskUserCannotRequest : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheWizardDoesNotStart_AndNoRequestIsStored()
    {
        var helpdesk = bot.User(TestPbx.Users.Helpdesk);

        var said = await helpdesk.SayAsync("demander une extension");

        Assert.Contains(said.Texts, t => t.Contains("Demander une extension", StringComparison.Ordinal));
        Assert.DoesNotContain(said.Cards, c => c.Inputs.ContainsKey("firstName"));
        Assert.Empty(await bot.Repository.ListRequestsAsync(TestPbx.Id, null, null, 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task NorCanTheyApproveOne()
    {
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var forged = await bot.User(TestPbx.Users.Helpdesk).ForgeAsync("request.approve", TestPbx.Id, request.Id);

        Assert.Contains("ne pouvez pas décider", forged.InvokeCard().Text);
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }
}
