using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.ResendWelcome;

/// <summary>Resending is for helpdesk operators and admins: a manager is told so and nothing is sent.</summary>
public sealed class AManagerCannotResend : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheManagerIsToldTheyMayNot_AndNoMailIsQueued()
    {
        var manager = bot.User(TestPbx.Users.Manager);

        var said = await manager.SayAsync("renvoyer l'e-mail de bienvenue à 101");

        Assert.Contains(said.Texts, t => t.Contains("Renvoyer l'e-mail de bienvenue", StringComparison.Ordinal));
        Assert.DoesNotContain(said.Cards, c => c.Inputs.ContainsKey("email"));
        var audit = await bot.Repository.ListAuditAsync(TestPbx.Id, 50, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(audit, a => a.Action == "extension.welcome_resent");
        Assert.Empty(WelcomeMails.All(bot));
    }

    [Fact]
    public async Task AStrangerGetsOnlyTheAccessCard()
    {
        var said = await bot.User(TestPbx.Users.Stranger).SayAsync("resend welcome email to Marie Curie");

        Assert.Contains("Accès non accordé", Assert.Single(said.Cards).Text);
        Assert.Empty(WelcomeMails.All(bot));
    }
}
