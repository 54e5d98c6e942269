using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PbxBot.Application.Access;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

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

    private void GrantsOf(string userId, params Grant[] grants) =>
        store.Setup(s => s.QueryAllPbxesAsync<Grant>(It.Is<DocumentQuery>(q => q.Kind == DocumentKinds.Grant && q.Parent == userId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(grants.Select(g => new Stored<Grant>(g, "etag")).ToArray());

    private OperatorDirectory Directory(params string[] bootstrapOwners) =>
        new(new PbxRepository(store.Object, new RulesService()), store.Object,
            Options.Create(new AccessOptions { BootstrapOwners = [.. bootstrapOwners] }), new FakeTimeProvider());

    private static ChannelUser User(string id, string name) => new() { Id = id, ChannelUserId = $"29:{id}", Name = name, AadObjectId = id };
}
