using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Access;

/// <summary>
/// The first owners come from configuration (<c>Access:BootstrapOwners</c>, Teams AAD object ids): they are system
/// owners of every PBX without any stored grant, so they can grant everyone else.
/// </summary>
public sealed class BootstrapOwnersComeFromConfiguration : IAsyncLifetime
{
    private static readonly (string Id, string Name) Founder = ("aad-founder", "Fanny Founder");
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Access:BootstrapOwners:0"] = Founder.Id,
    });

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task AConfiguredOwnerWithoutAnyGrantActsAsSystemOwner()
    {
        var founder = bot.User(Founder);

        var installed = await founder.InstallAsync();
        Assert.DoesNotContain(installed.Cards, c => c.IsAccessDenied());

        await founder.SayAsync("nouvelle extension");
        Assert.Equal("103", founder.LastCard!.Value("number"));
        await founder.SayAsync("annuler");
        await founder.SayAsync("donner accès");
        Assert.Contains("system_admins", founder.LastCard!.Choices("role").Select(c => c.Value));
        Assert.Null(await bot.Repository.GetGrantAsync(TestPbx.Id, Founder.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TheyGrantTheFirstAdmin_WhoCanThenWork()
    {
        var founder = bot.User(Founder);
        var newcomer = bot.User(("aad-newcomer", "Nina Newcomer"));
        Assert.True((await newcomer.SayAsync("nouvelle extension")).Cards.Single().IsAccessDenied());

        await founder.GrantAsync(newcomer.Id, newcomer.Name, "system_admins");

        await newcomer.SayAsync("nouvelle extension");
        Assert.Equal("103", newcomer.LastCard!.Value("number"));
    }

    [Fact]
    public async Task TheyAreAmongTheApproversOfRequests()
    {
        var founder = bot.User(Founder);
        await founder.InstallAsync();

        var request = await Requests.RequestSteps.SubmitAsync(bot.User(TestPbx.Users.Manager), bot);

        await Requests.RequestSteps.ApprovalCardAsync(founder, request);
    }

    [Fact]
    public async Task SomeoneWithTheSameNameButAnotherIdIsNotAnOwner()
    {
        var said = await bot.User(("aad-someone-else", Founder.Name)).SayAsync("nouvelle extension");

        Assert.True(Assert.Single(said.Cards).IsAccessDenied());
    }
}

/// <summary>
/// A bootstrap owner may also be configured by UPN, the way IT knows them: the bot asks Teams who the member is
/// (the Connector's get-member call), never trusting the display name, and remembers it.
/// </summary>
public sealed class BootstrapOwnersMayBeConfiguredByUpn : IAsyncLifetime
{
    private const string Upn = "Fanny.Founder@dupont.example";
    private static readonly (string Id, string Name) Founder = ("aad-founder-by-upn", "Fanny Founder");
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync()
    {
        bot = await PbxBotUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Access:BootstrapOwners:0"] = "fanny.founder@dupont.example" });
        bot.Connector.AddMember("29:" + Founder.Id, Upn);
    }

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheUserWhoseUpnTeamsGivesIsAnOwner_AndTeamsIsAskedOnce()
    {
        var founder = bot.User(Founder);

        await founder.SayAsync("nouvelle extension");
        Assert.Equal("103", founder.LastCard!.Value("number"));
        await founder.SayAsync("annuler");
        await founder.SayAsync("donner accès");
        Assert.Contains("system_admins", founder.LastCard!.Choices("role").Select(c => c.Value));

        var asked = Assert.Single(bot.Connector.Calls, c => c.Kind == PbxBot.Testing.Channel.ConnectorCallKind.GetMember);
        Assert.Equal(("29:" + Founder.Id, founder.ConversationId), (asked.MemberId, asked.ConversationId));
    }

    [Fact]
    public async Task TheyAreReachedAsApproversOnceTheBotKnowsThem()
    {
        var founder = bot.User(Founder);
        await founder.InstallAsync();

        var request = await Requests.RequestSteps.SubmitAsync(bot.User(TestPbx.Users.Manager), bot);

        await Requests.RequestSteps.ApprovalCardAsync(founder, request);
    }

    [Fact]
    public async Task SomeoneElseWhoseNameIsTheUpnIsNot()
    {
        var said = await bot.User(("aad-other", Upn)).SayAsync("nouvelle extension");

        Assert.True(Assert.Single(said.Cards).IsAccessDenied());
    }
}
