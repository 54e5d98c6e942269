using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateDepartment;

/// <summary>Seed 001: name and options, then members found by name or number, each with a department role; review; save.</summary>
public sealed class AnAdminCreatesADepartmentWithItsMembers : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task TwoMembersWithTheirRolesAreSavedOnlyAfterTheReview(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        await admin.SayAsync("créer un département");
        var settings = admin.LastCard!;
        Assert.Contains("Nouveau département", settings.Text);

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "Comptabilité", ["visible"] = "true" });
        await admin.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "curie" });
        Assert.Equal(["101", "102"], admin.LastCard!.Choices("pick").Select(c => c.Value));
        await admin.PressAsync("Ajouter la sélection", new Dictionary<string, string> { ["pick"] = "101,102", ["pickRole"] = "users" });
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["role.101"] = "managers" });

        var review = admin.LastCard!;
        Assert.Contains("101 Marie Curie (", review.Text);
        Assert.Contains("102 Pierre Curie (", review.Text);
        Assert.Contains("visible par toutes les extensions", review.Text);
        Assert.Null(await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct));

        var confirmed = await admin.PressAsync(Wizards.Confirm);

        // The turn's own card (the outbox's refresh to "applied" may already follow it).

        Assert.Contains(confirmed.Cards, c => c.Text.Contains("Département « Comptabilité » : envoi au PBX…", StringComparison.Ordinal));
        Assert.Contains("Département « Comptabilité » créé", (await admin.WaitForAppliedAsync()).Text);
        var saved = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct))!.Value;
        Assert.Equal("Comptabilité", saved.Name);
        Assert.True(saved.GloballyVisible);
        Assert.Equal([new DepartmentMember("101", Role.Managers), new DepartmentMember("102", Role.Users)], saved.Members.OrderBy(m => m.Number));
    }

    [Fact]
    public async Task AMemberCanBeFoundByNumberAndRemovedAgain()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Accueil bis");
        await admin.AddMembersAsync("100", "receptionists", "100");
        await admin.AddMembersAsync("marie", "users", "101");
        Assert.Equal("receptionists", admin.LastCard!.Value("role.100"));

        await admin.PressAsync("Retirer 100");

        Assert.DoesNotContain("role.100", admin.LastCard!.Inputs.Keys);
        Assert.Contains("role.101", admin.LastCard.Inputs.Keys);
        Assert.Contains("Membres (1)", admin.LastCard.Text);
    }

    [Fact]
    public async Task ASearchWithoutResultSaysSoNextToTheSearchField()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");

        await admin.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "einstein" });

        Assert.Contains("Aucune extension ne correspond à « einstein »", admin.LastCard!.ErrorFor("search"));
    }

    [Fact]
    public async Task AddingWithNothingTickedIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.PressAsync("Rechercher", new Dictionary<string, string> { ["search"] = "curie" });

        await admin.PressAsync("Ajouter la sélection");

        Assert.Contains("Cochez au moins une extension", admin.LastCard!.ErrorFor("pick"));
    }

    [Fact]
    public async Task ADepartmentWithoutMembersCanBeCreated()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Direction");
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);

        Assert.Empty((await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "direction", Ct))!.Value.Members);
    }
}
