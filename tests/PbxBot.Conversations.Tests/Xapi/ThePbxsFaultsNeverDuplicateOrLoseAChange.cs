using PbxBot.Application.PbxChanges;
using PbxBot.Application.Stores;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// A change goes to the PBX through the outbox: a busy PBX (503), an expired token, an answer lost after the PBX
/// committed, a bot restarted while the PBX was down — each ends with exactly one user on the PBX and the card saying
/// so. A permanent refusal is shown with the PBX's own reason, and nothing stays pending.
/// </summary>
public sealed class ThePbxsFaultsNeverDuplicateOrLoseAChange
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABusyPbxIsRetriedAndTheUserCreatedOnce()
    {
        await using var pbx = await ConnectedPbx.StartAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.WithStatus(503).On("POST", "^/xapi/v1/Users$").Repeated(3), Ct);

        var admin = await CreateAdaAsync(pbx);

        await admin.WaitForAppliedAsync();
        var posts = (await pbx.CallsAsync()).Where(c => c is { Method: "POST", Path: "/xapi/v1/Users" }).ToArray();
        Assert.Equal([503, 503, 503, 201], posts.Select(p => p.Status));
        Assert.Single((await pbx.StateAsync()).Users, u => u["Number"]!.GetValue<string>() == "103");
    }

    [Fact]
    public async Task AnExpiredTokenIsRefreshedOnceAndTheChangeAppliedOnce()
    {
        await using var pbx = await ConnectedPbx.StartAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.ExpireTokens().On("POST", "^/xapi/v1/Users$"), Ct);

        var admin = await CreateAdaAsync(pbx);

        await admin.WaitForAppliedAsync();
        var calls = await pbx.CallsAsync();
        var posts = calls.Where(c => c is { Method: "POST", Path: "/xapi/v1/Users" }).ToArray();
        Assert.Equal([401, 201], posts.Select(p => p.Status));
        // One new token between the refused call and its repetition.
        var between = calls.Where(c => c.Seq > posts[0].Seq && c.Seq < posts[1].Seq).Select(c => c.Path).ToArray();
        Assert.Equal(["/connect/token"], between);
        Assert.Single((await pbx.StateAsync()).Users, u => u["Number"]!.GetValue<string>() == "103");
    }

    [Fact]
    public async Task AnAnswerLostAfterThePbxCommittedNeverCreatesASecondUser()
    {
        await using var pbx = await ConnectedPbx.StartAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.DropAfterCommit().On("POST", "^/xapi/v1/Users$"), Ct);

        var admin = await CreateAdaAsync(pbx);

        var applied = await admin.WaitForAppliedAsync();
        Assert.Contains("Extension 103 créée", applied.Text);
        var calls = await pbx.CallsAsync();
        // Created once (the answer never came back); the retry looked 103 up, found it, and did not create it again.
        Assert.Single(calls, c => c is { Method: "POST", Path: "/xapi/v1/Users" });
        Assert.Equal(2, calls.Count(c => c is { Method: "GET", Path: "/xapi/v1/Users(Number='103')" }));
        var state = await pbx.StateAsync();
        var ada = Assert.Single(state.Users, u => u["Number"]!.GetValue<string>() == "103");
        Assert.Equal(ada["Id"]!.GetValue<int>(), (await pbx.Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct))!.Value.PbxUserId);
        // And 3CX's welcome e-mail, once.
        await Eventually.TrueAsync(async () => (await pbx.StateAsync()).WelcomeEmails.Count > 0, "the welcome e-mail", Ct);
        Assert.Single((await pbx.StateAsync()).WelcomeEmails);
    }

    [Fact]
    public async Task APermanentRefusalShowsThePbxsReasonAndCanBeDiscarded()
    {
        // A licence of three users, all taken: the PBX refuses the fourth for good.
        await using var pbx = await ConnectedPbx.StartAsync(new PbxOptions { MaxUsers = 3 });
        var admin = await CreateAdaAsync(pbx);

        var refused = await admin.WaitForCardAsync(c => c.Text.Contains("refusé par le PBX", StringComparison.Ordinal));

        Assert.Contains("Le PBX a refusé :", refused.Text);
        Assert.True(refused.HasButton("Réessayer"));
        Assert.True(refused.HasButton("Abandonner"));
        var change = Assert.Single(await pbx.Bot.Store.QueryAsync<PbxChange>(TestPbx.Id, new DocumentQuery(PbxChangeDocument.Kind), Ct));
        Assert.Equal(PbxChangeStatus.Refused, change.Value.Status);
        Assert.False(string.IsNullOrWhiteSpace(change.Value.Reason));
        Assert.Contains(change.Value.Reason!, refused.Text, StringComparison.Ordinal);
        Assert.DoesNotContain((await pbx.StateAsync()).Users, u => u["Number"]!.GetValue<string>() == "103");

        await admin.PressAsync("Abandonner", card: refused);

        Assert.Contains("modification abandonnée", admin.LastCard!.Text);
        Assert.Null(await pbx.Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
        Assert.False((await pbx.Bot.Repository.LoadSnapshotAsync(TestPbx.Id, Ct)).UsedNumbers.Contains(103));
        Assert.Equal(PbxChangeStatus.Discarded, (await pbx.Bot.Store.GetAsync<PbxChange>(TestPbx.Id, PbxChangeDocument.IdOf(change.Value.Id), Ct))!.Value.Status);
        Assert.Contains(await pbx.Bot.Repository.ListAuditAsync(TestPbx.Id, 20, Ct), a => a is { Action: "pbx.change_discarded", Target: "extension:103" });
        await admin.SayAsync("nouvelle extension");
        Assert.Equal("103", admin.LastCard!.Value("number"));
    }

    [Fact]
    public async Task AChangeLeftPendingWhenTheBotStoppedIsAppliedAfterTheRestart()
    {
        await using var pbx = await ConnectedPbx.StartAsync(settings: new Dictionary<string, string?> { ["Outbox:Lease"] = "00:00:02" });
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.WithStatus(503).On("POST", "^/xapi/v1/Users$").Repeated(1000), Ct);
        await CreateAdaAsync(pbx);
        await Eventually.TrueAsync(async () => (await pbx.CallsAsync()).Any(c => c is { Method: "POST", Status: 503 }), "a first attempt", Ct);

        await pbx.RestartAsync();
        await pbx.Control.ClearFaultsAsync(pbx.Pbx, Ct);

        await Eventually.TrueAsync(async () =>
            (await pbx.Bot.Store.QueryAsync<PbxChange>(TestPbx.Id, new DocumentQuery(PbxChangeDocument.Kind), Ct)).Single().Value.Status == PbxChangeStatus.Applied,
            "the change applied after the restart", Ct, TimeSpan.FromSeconds(30));
        Assert.Single((await pbx.StateAsync()).Users, u => u["Number"]!.GetValue<string>() == "103");
        Assert.Single(await pbx.CallsAsync(), c => c is { Method: "POST", Path: "/xapi/v1/Users", Status: 201 });
    }

    private static async Task<ChatUser> CreateAdaAsync(ConnectedPbx pbx)
    {
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.ToExtensionReviewAsync();
        await admin.PressAsync(Wizards.Confirm);
        return admin;
    }
}
