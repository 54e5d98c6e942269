using PbxBot.Domain;
using PbxBot.Testing.Conversations;
using PbxBot.Conversations.Tests.Requests;

namespace PbxBot.Conversations.Tests.Access;

/// <summary>Every grant and every decision on a request leaves an audit entry: who (by id), what, before and after.</summary>
public sealed class GrantsAndDecisionsAreAudited : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task AGrantAndItsChangeAreAuditedWithTheGranter()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);

        await admin.GrantAsync("aad-newcomer", "Nina Newcomer", "managers", departments: TestPbx.Support);
        await admin.GrantAsync("aad-newcomer", "Nina Newcomer", "group_admins", departments: TestPbx.Support);

        var audit = (await bot.Repository.ListAuditAsync(TestPbx.Id, 100, ct)).Where(a => a.Target == "grant:aad-newcomer" && a.ActorId != "seed").ToArray();
        var created = Assert.Single(audit, a => a.Action == "grant.created");
        var changed = Assert.Single(audit, a => a.Action == "grant.changed");
        Assert.Equal((TestPbx.Users.Admin.Id, TestPbx.Users.Admin.Name), (created.ActorId, created.ActorName));
        Assert.Null(created.Before);
        Assert.Contains("managers", changed.Before, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("group", changed.After, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EachStepOfARequestIsAudited()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var manager = bot.User(TestPbx.Users.Manager);
        var approved = await manager.SubmitAsync(bot, "Ada", "Lovelace");
        var rejected = await manager.SubmitAsync(bot, "Grace", "Hopper");
        var cancelled = await manager.SubmitAsync(bot, "Alan", "Turing");
        await manager.PressAsync(RequestSteps.CancelRequest, card: manager.SubmittedCard(cancelled));
        await admin.PressAsync(RequestSteps.Approve, card: await admin.ApprovalCardAsync(approved));
        await admin.PressAsync(RequestSteps.Reject, new Dictionary<string, string> { ["rejectionReason"] = "Non" }, await admin.ApprovalCardAsync(rejected));

        var audit = await bot.Repository.ListAuditAsync(TestPbx.Id, 100, ct);
        AuditEntry Of(ExtensionRequest r, string action) => Assert.Single(audit, a => a.Target == $"request:{r.Id}" && a.Action == action);
        Assert.Equal(TestPbx.Users.Manager.Id, Of(approved, "request.created").ActorId);
        Assert.Equal(TestPbx.Users.Admin.Id, Of(approved, "request.approved").ActorId);
        Assert.Equal(TestPbx.Users.Admin.Id, Of(rejected, "request.rejected").ActorId);
        Assert.Contains("Non", Of(rejected, "request.rejected").After);
        Assert.Equal(TestPbx.Users.Manager.Id, Of(cancelled, "request.cancelled").ActorId);
        Assert.Single(audit, a => a.Action == "extension.created" && a.ActorId == TestPbx.Users.Admin.Id);
    }
}
