using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Definitions;

/// <summary>The PBX's DIDs, however its trunks write them, become the E.164 pool the wizards offer.</summary>
public sealed class DidsAreReadAsE164
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task International_national_and_plus_less_numbers_are_normalised()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Page([new { Number = "+33180203040" }, new { Number = "33180203041" }, new { Number = "01 80 20 30 42" }, new { Number = "0033180203043" }, new { Number = "not-a-did" }]));

        var dids = new List<string>();
        await foreach (var page in rig.Pbx.ReadDidsAsync(500, Ct))
        {
            dids.AddRange(page);
        }

        Assert.Equal(["+33180203040", "+33180203041", "+33180203042", "+33180203043"], dids);
        Assert.Contains(rig.Logs.Lines, l => l.Message.Contains("not-a-did", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dids_are_paged_by_their_key()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Page([]);

        await foreach (var _ in rig.Pbx.ReadDidsAsync(50, Ct))
        {
        }

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal("/xapi/v1/DidNumbers", call.Path);
        Assert.Equal(new Dictionary<string, string> { ["$select"] = "Number", ["$orderby"] = "Number", ["$top"] = "50", ["$skip"] = "0" }, call.Query);
    }
}
