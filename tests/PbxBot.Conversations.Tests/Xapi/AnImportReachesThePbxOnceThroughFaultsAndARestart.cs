using PbxBot.Application.Import;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Stores;
using PbxBot.Conversations.Tests.Import;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// 500 rows of a file, confirmed once: the PBX answers 503 for a while in the middle of the job and the bot is stopped
/// and started again half-way; in the end the 3CX has each of the 500 users exactly once, created by one successful
/// POST each, and the job says 500 of 500.
/// </summary>
public sealed class AnImportReachesThePbxOnceThroughFaultsAndARestart
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FiveHundredRowsAreCreatedExactlyOnce()
    {
        await using var pbx = await ConnectedPbx.StartAsync(settings: new Dictionary<string, string?> { ["Outbox:Lease"] = "00:00:02" });
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SendFileAsync("bureau-lyon.csv", ImportFiles.Many(500, "Support"));
        Assert.True(admin.LastCard!.HasButton("Créer 500 extensions"), admin.LastCard!.Text);

        await admin.PressAsync("Créer 500 extensions");

        await Eventually.TrueAsync(async () => (await pbx.CallsAsync()).Count(c => c is { Method: "POST", Path: "/xapi/v1/Users", Status: 201 }) >= 100,
            "a hundred users on the PBX", Ct, TimeSpan.FromSeconds(60));
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.WithStatus(503).On("POST", "^/xapi/v1/Users$").Repeated(40), Ct);
        await Eventually.TrueAsync(async () => (await JobAsync(pbx)).Created >= 250, "half the rows saved", Ct, TimeSpan.FromSeconds(60));

        await pbx.RestartAsync();

        await Eventually.TrueAsync(async () =>
        {
            var job = await JobAsync(pbx);
            var changes = await pbx.Bot.Store.QueryAsync<PbxChange>(TestPbx.Id, new DocumentQuery(PbxChangeDocument.Kind) { Max = 1_000 }, Ct);
            return job.Status == ImportStatus.Done && changes.Count == 500 && changes.All(c => c.Value.Status == PbxChangeStatus.Applied);
        }, "every row applied on the PBX", Ct, TimeSpan.FromSeconds(180));
        var job = await JobAsync(pbx);
        Assert.Equal((500, 500, 0), (job.Created, job.Total, job.Refused.Count));
        // Each row's number once on the PBX (the emergency ranges skipped), the store and the PBX agreeing.
        var users = (await pbx.StateAsync()).Users.Select(u => u["Number"]!.GetValue<string>()).ToArray();
        Assert.Equal(users.Length, users.Distinct().Count());
        var imported = (await pbx.Bot.Store.QueryAsync<Domain.Extension>(TestPbx.Id, new DocumentQuery(DocumentKinds.Extension) { Max = 1_000 }, Ct))
            .Select(e => e.Value.Number).Except(["100", "101", "102"]).ToArray();
        Assert.Equal(500, imported.Length);
        Assert.Equal(imported.Order(), users.Except(["100", "101", "102"]).Order());
        var posts = (await pbx.CallsAsync()).Where(c => c is { Method: "POST", Path: "/xapi/v1/Users" }).ToArray();
        Assert.Equal(500, posts.Count(p => p.Status == 201));
        Assert.Equal(40, posts.Count(p => p.Status == 503));
        Assert.Equal(500, (await pbx.Bot.Repository.ListAuditAsync(TestPbx.Id, 1_000, Ct)).Count(a => a.Action == "extension.created"));
    }

    private static async Task<ImportJob> JobAsync(ConnectedPbx pbx) =>
        (await pbx.Bot.Store.QueryAsync<ImportJob>(TestPbx.Id, new DocumentQuery(DocumentKinds.Import), Ct)).Single().Value;
}
