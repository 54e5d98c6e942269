using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// A PBX of 10,000 users imports page by page: a bounded number of XAPI calls (pages of 500, never the whole PBX in one
/// answer), every user in the store, the rules seeing the real numbering — and a second sync that finds nothing new
/// writes nothing.
/// </summary>
public sealed class ABigPbxImportsPageByPage
{
    [Fact]
    public async Task TenThousandUsersInTwentyPagesAndTheFirstFreeNumberIsTheOneAfterThem()
    {
        var ct = TestContext.Current.CancellationToken;
        GenerateResult generated = null!;
        await using var pbx = await ConnectedPbx.StartAsync(
            new PbxOptions { ExtensionLength = 5 },
            new Dictionary<string, string?> { ["Xapi:NumberFrom"] = "10000", ["Xapi:NumberTo"] = "99999" },
            seed: async (control, p) => generated = await control.GenerateAsync(p, new GenerateRequest { Users = 10_000, FirstNumber = 10_000, Groups = 50, Dids = 200 }, ct));

        var calls = await pbx.CallsAsync();
        // The import ran in StartAsync (its calls were cleared): run it again to count one sync's calls.
        await pbx.Control.ClearCallsAsync(pbx.Pbx, ct);
        var again = await pbx.SyncAsync();
        calls = await pbx.CallsAsync();

        Assert.Equal(0, again!.Changes);
        Assert.Equal(10_000, again.Users);
        var userPages = calls.Where(c => c is { Method: "GET", Path: "/xapi/v1/Users" }).ToArray();
        Assert.InRange(userPages.Length, 20, 21);
        Assert.All(userPages, p => Assert.Equal("500", p.Query["$top"]));
        Assert.InRange(calls.Count, 20, 30);
        var snapshot = await pbx.Bot.Repository.LoadSnapshotAsync(TestPbx.Id, ct);
        Assert.Equal(10_000, snapshot.UsedNumbers.Count);
        Assert.Equal(50 + 1, snapshot.Departments.Count);
        var admin = pbx.Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouvelle extension");
        // Numbers the PBX's emergency prefixes block (15xxx, 17xxx, 18xxx, 112xx…) are skipped by the PBX and by the rules alike.
        var next = (int.Parse(generated.LastNumber!, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(next, admin.LastCard!.Value("number"));
    }
}
