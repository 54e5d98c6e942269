using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PbxBot.Application.Access;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Domain.Rules;
using PbxBot.Testing.Channel;

namespace PbxBot.Application.Tests.Access;

/// <summary>
/// Deny by default: a Teams user is an operator of a PBX only through a stored grant, or as one of the configured
/// bootstrap owners (system owner of every PBX). Identity is the AAD object id, never the display name.
/// </summary>
public sealed class BootstrapOwnersOwnEveryPbxAndOthersNeedAGrant
{
    private static readonly PbxSettings Dupont = new() { Id = "pbx-dupont", DisplayName = "Dupont", Country = "FR", DialPlan = DialPlan.Single(100, 899), WebClientUrl = new Uri("https://dupont.example") };
    private static readonly PbxSettings Martin = Dupont with { Id = "pbx-martin", DisplayName = "Martin" };

    private readonly Mock<IPbxStore> store = new(MockBehavior.Strict);
    private readonly Mock<ITeamsRoster> roster = new();
    private readonly InMemoryConversationStore conversations = new();

    public BootstrapOwnersOwnEveryPbxAndOthersNeedAGrant()
    {
        store.Setup(s => s.QueryAllPbxesAsync<PbxSettings>(It.Is<DocumentQuery>(q => q.Kind == DocumentKinds.Settings), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Stored<PbxSettings>(Dupont, "e1"), new Stored<PbxSettings>(Martin, "e2")]);
    }

    [Fact]
    public async Task AUserWithoutAGrantIsNoOperator()
    {
        GrantsOf("aad-nobody");

        var operators = await Directory().ForUserAsync(User("aad-nobody", "Olivia Owner"), TestContext.Current.CancellationToken);

        Assert.Empty(operators);
    }

    [Fact]
    public async Task ABootstrapOwnerIsSystemOwnerOfEveryPbx()
    {
        GrantsOf("aad-boot");

        var operators = await Directory("aad-boot").ForUserAsync(User("aad-boot", "Boot"), TestContext.Current.CancellationToken);

        Assert.Equal(["pbx-dupont", "pbx-martin"], operators.Select(o => o.Grant.PbxId));
        Assert.All(operators, o => Assert.Equal(Role.SystemOwners, o.Grant.Role));
    }

    [Fact]
    public async Task ABootstrapOwnerIsRecognisedByIdWhateverTheCase()
    {
        GrantsOf("AAD-BOOT");

        var operators = await Directory("aad-boot").ForUserAsync(User("AAD-BOOT", "Boot"), TestContext.Current.CancellationToken);

        Assert.Equal(2, operators.Count);
    }

    [Fact]
    public async Task AStoredGrantGivesItsRoleOnItsPbxOnly()
    {
        GrantsOf("aad-manager", new Grant { PbxId = "pbx-martin", UserId = "aad-manager", Role = Role.Managers, Departments = ["support"] });

        var operators = await Directory("aad-boot").ForUserAsync(User("aad-manager", "Marc"), TestContext.Current.CancellationToken);

        var only = Assert.Single(operators);
        Assert.Equal(("pbx-martin", Role.Managers), (only.Grant.PbxId, only.Grant.Role));
    }

    [Fact]
    public async Task TheDisplayNameOfABootstrapOwnerGivesNothing()
    {
        GrantsOf("aad-impostor");

        // Someone who renamed themselves after a bootstrap owner's id gets nothing: only the id counts.
        var operators = await Directory("aad-boot").ForUserAsync(User("aad-impostor", "aad-boot"), TestContext.Current.CancellationToken);

        Assert.Empty(operators);
    }

    [Fact]
    public async Task AnOwnerConfiguredByUpnIsRecognisedByWhatTeamsSaysOfTheirId()
    {
        GrantsOf("aad-olivia");
        await RememberAsync("aad-olivia");
        roster.Setup(r => r.UserPrincipalNameAsync(It.IsAny<ConversationReference>(), "29:aad-olivia", It.IsAny<CancellationToken>())).ReturnsAsync("Olivia@Contoso.com");

        var operators = await Directory("olivia@contoso.com").ForUserAsync(User("aad-olivia", "Olivia"), TestContext.Current.CancellationToken);

        Assert.Equal(2, operators.Count);
    }

    [Fact]
    public async Task TheRosterIsAskedOnceThenRemembered()
    {
        GrantsOf("aad-olivia");
        await RememberAsync("aad-olivia");
        roster.Setup(r => r.UserPrincipalNameAsync(It.IsAny<ConversationReference>(), "29:aad-olivia", It.IsAny<CancellationToken>())).ReturnsAsync("olivia@contoso.com");
        var directory = Directory("olivia@contoso.com");

        await directory.ForUserAsync(User("aad-olivia", "Olivia"), TestContext.Current.CancellationToken);
        await directory.ForUserAsync(User("aad-olivia", "Olivia"), TestContext.Current.CancellationToken);

        roster.Verify(r => r.UserPrincipalNameAsync(It.IsAny<ConversationReference>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task WhenTheRosterCannotAnswerTheUserIsNotAnOwner()
    {
        GrantsOf("aad-olivia");
        await RememberAsync("aad-olivia");
        roster.Setup(r => r.UserPrincipalNameAsync(It.IsAny<ConversationReference>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("down"));

        var operators = await Directory("olivia@contoso.com").ForUserAsync(User("aad-olivia", "olivia@contoso.com"), TestContext.Current.CancellationToken);

        Assert.Empty(operators);
    }

    /// <summary>The bot remembers who spoke before it authorises them; the roster is asked in that conversation.</summary>
    private async Task RememberAsync(string userId) =>
        await new UserDirectory(conversations).RememberAsync(new Turn
        {
            Kind = TurnKind.Message,
            User = User(userId, "someone"),
            Conversation = new ConversationReference { ChannelId = "msteams", ServiceUrl = "https://smba.example/", ConversationId = $"a:{userId}", BotId = "28:bot", TenantId = "t" },
        }, TestContext.Current.CancellationToken);

    private void GrantsOf(string userId, params Grant[] grants) =>
        store.Setup(s => s.QueryAllPbxesAsync<Grant>(It.Is<DocumentQuery>(q => q.Kind == DocumentKinds.Grant && q.Parent == userId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(grants.Select(g => new Stored<Grant>(g, "etag")).ToArray());

    private OperatorDirectory Directory(params string[] bootstrapOwners) =>
        new(new PbxRepository(store.Object, new RulesService()), store.Object, new UserDirectory(conversations), roster.Object,
            Options.Create(new AccessOptions { BootstrapOwners = [.. bootstrapOwners] }), new FakeTimeProvider(), NullLogger<OperatorDirectory>.Instance);

    private static ChannelUser User(string id, string name) => new() { Id = id, ChannelUserId = $"29:{id}", Name = name, AadObjectId = id };
}
