using System.Diagnostics;
using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>A big PBX (10,000 users, 50 departments, 200 DIDs) is generated and paged through in well under seconds.</summary>
public sealed class TenThousandGeneratedUsersArePagedQuickly
{
    [Fact]
    public async Task GeneratingAndPagingTenThousandUsers()
    {
        // Warm up (JIT, connections) on a small PBX: the figures are about the stand-in, not the first call of a process.
        var small = await TestPbx.NewAsync();
        await small.Control.GenerateAsync(small.Pbx, new GenerateRequest { Users = 100, Groups = 2, Dids = 2 }, TestPbx.Ct);
        await small.GetBytesAsync("/Users?$top=50&$skip=10&$select=Id,Number&$count=true");
        await small.GetBytesAsync("/Users");
        var pbx = await TestPbx.NewAsync(new PbxOptions { ExtensionLength = 5 });
        await pbx.NewTokenAsync();

        var generating = Stopwatch.StartNew();
        var generated = await pbx.Control.GenerateAsync(pbx.Pbx, new GenerateRequest { Users = 10_000, FirstNumber = 10_000, Groups = 50, Dids = 200 }, TestPbx.Ct);
        generating.Stop();
        var paging = Stopwatch.StartNew();
        var numbers = new List<string>();
        long? count = null;
        for (var skip = 0; ; skip += 1000)
        {
            var page = await pbx.GetAsync($"/Users?$select=Id,Number,PrimaryGroupId&$top=1000&$skip={skip}&$count=true");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            count = page.Body!["@odata.count"]!.GetValue<long>();
            numbers.AddRange(page.Value.Select(u => u!["Number"]!.GetValue<string>()));
            if (page.Value.Count < 1000)
            {
                break;
            }
        }
        paging.Stop();
        var listing = Stopwatch.StartNew();
        var all = await pbx.GetBytesAsync("/Users");
        listing.Stop();
        using var listed = System.Text.Json.JsonDocument.Parse(all);

        TestContext.Current.TestOutputHelper?.WriteLine($"generate {generating.ElapsedMilliseconds} ms, page 11×1000 {paging.ElapsedMilliseconds} ms, list all {listing.ElapsedMilliseconds} ms ({all.Length / 1024} KiB)");
        Assert.Equal((10_000, 50, 200), (generated.Users, generated.Groups, generated.DidNumbers));
        Assert.Equal(10_000, count);
        Assert.Equal(10_000, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Equal(5, n.Length));
        Assert.DoesNotContain(numbers, n => n.StartsWith("112", StringComparison.Ordinal) || n.StartsWith("15", StringComparison.Ordinal));
        Assert.Equal(10_000, listed.RootElement.GetProperty("value").GetArrayLength());
        // Generous bounds: the 2-core CI machine runs every test project in parallel. Typical figures are in the output.
        Assert.True(generating.ElapsedMilliseconds < 5000, $"generating took {generating.ElapsedMilliseconds} ms");
        Assert.True(paging.ElapsedMilliseconds < 5000, $"paging took {paging.ElapsedMilliseconds} ms");
        Assert.True(listing.ElapsedMilliseconds < 5000, $"listing took {listing.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task GeneratedDataFollowsTheRules()
    {
        var pbx = await TestPbx.NewAsync();

        await pbx.Control.GenerateAsync(pbx.Pbx, new GenerateRequest { Users = 40, Groups = 3, Dids = 5 }, TestPbx.Ct);

        var state = await pbx.StateAsync();
        Assert.Equal(4, state.Groups.Count);
        Assert.Equal(5, state.DidNumbers.Count);
        var dids = state.DidNumbers.Select(d => d["Number"]!.GetValue<string>()).ToHashSet();
        Assert.All(state.Users, u =>
        {
            var primary = u["PrimaryGroupId"]!.GetValue<int>();
            Assert.Contains(u["Groups"]!.AsArray(), g => g!["GroupId"]!.GetValue<int>() == primary);
            Assert.True(u["OutboundCallerID"] is null || dids.Contains(u["OutboundCallerID"]!.GetValue<string>()));
        });
        var tooMany = await Assert.ThrowsAsync<StandInControlException>(() => pbx.Control.GenerateAsync(pbx.Pbx, new GenerateRequest { Users = 2000 }, TestPbx.Ct));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
    }
}
