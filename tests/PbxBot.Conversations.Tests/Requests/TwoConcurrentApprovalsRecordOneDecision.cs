using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// Issue A.4: two admins pressing Approve at the same moment — exactly one decision is recorded, one extension is
/// created, and the other admin sees who decided.
/// </summary>
public sealed class TwoConcurrentApprovalsRecordOneDecision : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task ExactlyOneWins_AndBothCardsShowTheWinner()
    {
        var ct = TestContext.Current.CancellationToken;
        var owner = bot.User(TestPbx.Users.Owner);
        var admin = bot.User(TestPbx.Users.Admin);
        await owner.InstallAsync();
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var ownersCard = await owner.ApprovalCardAsync(request);
        var adminsCard = await admin.ApprovalCardAsync(request);

        var results = await Task.WhenAll(
            owner.PressAsync(RequestSteps.Approve, card: ownersCard),
            admin.PressAsync(RequestSteps.Approve, card: adminsCard));

        var stored = await bot.ReloadAsync(request);
        Assert.Equal(RequestStatus.Approved, stored.Status);
        var winner = stored.DecidedByName!;
        Assert.All(results, r => Assert.Contains($"Approuvée par {winner}", r.InvokeCard().Text));
        var pbx = await bot.Repository.SearchExtensionsAsync(TestPbx.Id, "Lovelace", 10, ct);
        Assert.Single(pbx, e => e.LastName == "Lovelace");
        var audit = await bot.Repository.ListAuditAsync(TestPbx.Id, 100, ct);
        Assert.Single(audit, a => a.Action == "request.approved");
        Assert.Single(audit, a => a.Action == "extension.created" && a.Target == $"extension:{stored.CreatedNumber}");
    }

    [Fact]
    public async Task AnApprovalAndARejectionAtTheSameMoment_LeaveOneDecision()
    {
        var ct = TestContext.Current.CancellationToken;
        var owner = bot.User(TestPbx.Users.Owner);
        var admin = bot.User(TestPbx.Users.Admin);
        await owner.InstallAsync();
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var ownersCard = await owner.ApprovalCardAsync(request);
        var adminsCard = await admin.ApprovalCardAsync(request);

        var results = await Task.WhenAll(
            owner.PressAsync(RequestSteps.Approve, card: ownersCard),
            admin.PressAsync(RequestSteps.Reject, new Dictionary<string, string> { ["rejectionReason"] = "Doublon" }, adminsCard));

        var stored = await bot.ReloadAsync(request);
        var pbx = await bot.Repository.SearchExtensionsAsync(TestPbx.Id, "Lovelace", 10, ct);
        var created = pbx.Count(e => e.LastName == "Lovelace");
        Assert.Equal(stored.Status == RequestStatus.Approved ? 1 : 0, created);
        Assert.Contains(stored.Status, new[] { RequestStatus.Approved, RequestStatus.Rejected });
        var audit = await bot.Repository.ListAuditAsync(TestPbx.Id, 100, ct);
        Assert.Single(audit, a => a.Action is "request.approved" or "request.rejected");
        var said = stored.Status == RequestStatus.Approved ? "Approuvée" : "Refusée";
        Assert.All(results, r => Assert.Contains(said, r.InvokeCard().Text));
    }
}

/// <summary>The same race on Cosmos DB, where "decided once" rests on the request's ETag inside one TransactionalBatch.</summary>
public sealed class TwoConcurrentApprovalsRecordOneDecisionOnCosmos : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync(useCosmos: true);

    public async ValueTask DisposeAsync()
    {
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }

    [Fact]
    public async Task ExactlyOneWins()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal("CosmosPbxStore", bot.Store.GetType().Name);
        var owner = bot.User(TestPbx.Users.Owner);
        var admin = bot.User(TestPbx.Users.Admin);
        await owner.InstallAsync();
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var ownersCard = await owner.ApprovalCardAsync(request);
        var adminsCard = await admin.ApprovalCardAsync(request);

        var results = await Task.WhenAll(
            owner.PressAsync(RequestSteps.Approve, card: ownersCard),
            admin.PressAsync(RequestSteps.Approve, card: adminsCard));

        var stored = await bot.ReloadAsync(request);
        Assert.Equal(RequestStatus.Approved, stored.Status);
        Assert.All(results, r => Assert.Contains($"Approuvée par {stored.DecidedByName}", r.InvokeCard().Text));
        Assert.Single(await bot.Repository.SearchExtensionsAsync(TestPbx.Id, "Lovelace", 10, ct));
        Assert.Single(await bot.Repository.ListAuditAsync(TestPbx.Id, 100, ct), a => a.Action == "request.approved");
    }
}
